// Seed text is text: every character that Markdown could read as syntax is backslash-escaped,
// which CommonMark guarantees renders as that character and nothing else.

// Characters that open or close Markdown constructs anywhere in a line (emphasis, links,
// code, autolinks, entities, tables, strikethrough, headings and their closing #s).
const INLINE_SYNTAX = /[\\`*_[\]<>&|~#]/g;
// Constructs that only count at the start of a line: quotes, lists, rules, setext underlines.
const LINE_START_SYNTAX = /^([>+\-=])/;
const ORDERED_LIST_MARKER = /^(\d+)([.)])/;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(LINE_START_SYNTAX, '\\$1')
    .replace(ORDERED_LIST_MARKER, '$1\\$2');
}
