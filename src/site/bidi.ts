// Runs of the other script inside a paragraph are isolated, so the neutral characters
// around them (brackets, commas) take the paragraph's direction: in Arabic text
// "(NAUSS)" keeps its brackets in place and "NAUSS، USAP" keeps its reading order.

export type Dir = 'rtl' | 'ltr';

export interface Isolate {
  dir: Dir;
  /** Only set where the script names the language with confidence (Arabic script here). */
  lang?: string;
}

export interface Segment {
  text: string;
  isolate?: Isolate;
}

// A Latin run: starts and ends on a Latin letter or ASCII digit; inside it, spaces and the
// punctuation of Latin names (Open AI, Inc / COVID-19 / 10:30 / a.m.) join the run.
// Trailing % and + belong to it (50%, C++); trailing full stops and brackets do not, they
// belong to the surrounding sentence.
const LATIN_RUN =
  /[\p{Script=Latin}0-9][\p{Script=Latin}\p{M}0-9]*(?:[ .,'’&/:+\-_@]+[\p{Script=Latin}0-9][\p{Script=Latin}\p{M}0-9]*)*[%+]*/gu;
// An Arabic-script run inside a left-to-right passage; tatweel, ZWNJ and the Arabic comma
// join it, as do spaces between Arabic words.
const ARABIC_RUN =
  /\p{Script=Arabic}[\p{Script=Arabic}\p{M}\u0640\u200c\u200d]*(?:[ \u060c.'\-]+\p{Script=Arabic}[\p{Script=Arabic}\p{M}\u0640\u200c\u200d]*)*/gu;

const ISOLATE_IN: Record<Dir, { run: RegExp; isolate: Isolate }> = {
  rtl: { run: LATIN_RUN, isolate: { dir: 'ltr' } },
  ltr: { run: ARABIC_RUN, isolate: { dir: 'rtl', lang: 'ar' } },
};

/** Splits `text` into plain segments and isolated runs of the script opposite to `dir`. */
export function bidiSegments(text: string, dir: Dir): Segment[] {
  const { run, isolate } = ISOLATE_IN[dir];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(run)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[0], isolate });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ENTITY[c]!);
}

export function isolateAttributes(isolate: Isolate): Array<[string, string]> {
  return isolate.lang ? [['dir', isolate.dir], ['lang', isolate.lang]] : [['dir', isolate.dir]];
}

/** Escaped HTML of `text` with its opposite-script runs in `<bdi>`: seed text stays text. */
export function isolateBidiHtml(text: string, dir: Dir): string {
  return bidiSegments(text, dir)
    .map(({ text: t, isolate }) => {
      if (!isolate) return escapeHtml(t);
      const attrs = isolateAttributes(isolate).map(([k, v]) => ` ${k}="${v}"`).join('');
      return `<bdi${attrs}>${escapeHtml(t)}</bdi>`;
    })
    .join('');
}

/** The direction of a passage from its front matter; anything but `ltr` is right-to-left. */
export function dirOf(value: unknown): Dir {
  return value === 'ltr' ? 'ltr' : 'rtl';
}
