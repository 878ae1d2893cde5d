// The one Markdown renderer: raw HTML off, no link detection, no typographic rewriting,
// so generated Markdown renders exactly what the seed said.
import MarkdownIt from 'markdown-it';

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
  return md;
}
