// The one Markdown renderer: raw HTML off, no link detection, no typographic rewriting,
// so generated Markdown renders exactly what the seed said.
import MarkdownIt from 'markdown-it';
import { bidiSegments, dirOf, isolateAttributes } from './bidi.js';

export const MARKDOWN_OPTIONS = { html: false, linkify: false, typographer: false } as const;

const NOT_IN_ID = /[^\p{L}\p{M}\p{N}\s-]/gu;

/** An id made from heading text, keeping Arabic letters as they are (no transliteration). */
export function headingId(text: string): string {
  return text.replace(NOT_IN_ID, '').trim().replace(/\s+/gu, '-').toLowerCase() || 'section';
}

/** The ids of a page's headings in order, a repeated one numbered `-2`, `-3`…: the table
 * of contents and the rendered body both use this, so their links always meet. */
export function headingIds(texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = headingId(text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

export function createMarkdown(): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt(MARKDOWN_OPTIONS);
  md.core.ruler.push('heading_ids', (state) => {
    const opens = state.tokens.flatMap((token, i) => (token.type === 'heading_open' ? [i] : []));
    // The heading's text as read (escapes undone), the same text the catalogue stores.
    const texts = opens.map((i) =>
      (state.tokens[i + 1]?.children ?? []).filter((t) => t.type === 'text').map((t) => t.content).join(''),
    );
    const ids = headingIds(texts);
    opens.forEach((i, n) => state.tokens[i]!.attrSet('id', ids[n]!));
  });
  // Isolates runs of the other script in every text token: `env.dir` is the passage's
  // direction (right-to-left unless told). Tokens, not strings, so text is still escaped.
  md.core.ruler.push('bidi_isolate', (state) => {
    const dir = dirOf((state.env as { dir?: unknown } | undefined)?.dir);
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      block.children = block.children.flatMap((token) => {
        if (token.type !== 'text') return [token];
        return bidiSegments(token.content, dir).flatMap(({ text, isolate }) => {
          const plain = new state.Token('text', '', 0);
          plain.content = text;
          if (!isolate) return [plain];
          const open = new state.Token('bdi_open', 'bdi', 1);
          for (const [name, value] of isolateAttributes(isolate)) open.attrSet(name, value);
          return [open, plain, new state.Token('bdi_close', 'bdi', -1)];
        });
      });
    }
  });
  return md;
}
