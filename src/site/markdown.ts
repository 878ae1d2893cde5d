// The one Markdown renderer: raw HTML off, no link detection, no typographic rewriting,
// so generated Markdown renders exactly what the seed said.
import MarkdownIt from 'markdown-it';

export const MARKDOWN_OPTIONS = { html: false, linkify: false, typographer: false } as const;

const NOT_IN_ID = /[^\p{L}\p{M}\p{N}\s-]/gu;

/** An id made from heading text, keeping Arabic letters as they are (no transliteration). */
export function headingId(text: string): string {
  return text.replace(NOT_IN_ID, '').trim().replace(/\s+/gu, '-').toLowerCase() || 'section';
}

export function createMarkdown(): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt(MARKDOWN_OPTIONS);
  md.core.ruler.push('heading_ids', (state) => {
    const seen = new Map<string, number>();
    state.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      const base = headingId(state.tokens[i + 1]?.content ?? '');
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      token.attrSet('id', n === 1 ? base : `${base}-${n}`);
    });
  });
  return md;
}
