// Every URL of the site in one place. Article URLs come from the id alone, so a new seed,
// a better title or other settings never move an article. Arabic stays Arabic: folders
// carry the Arabic name and links carry it percent-encoded, never transliterated.

export const HOME = '/';
export const ARCHIVE = '/archive/';
export const UNDATED = '/archive/undated/';
export const TOPICS = '/topics/';
export const FEED_ATOM = '/feed.xml';
export const FEED_JSON = '/feed.json';
export const SITEMAP = '/sitemap.xml';

export const articleUrl = (id: string) => `/articles/${id}/`;
export const yearUrl = (year: string) => `${ARCHIVE}${year}/`;
/** `yearMonth` is `yyyy-mm`. */
export const monthUrl = (yearMonth: string) => `${ARCHIVE}${yearMonth.slice(0, 4)}/${yearMonth.slice(5, 7)}/`;
export const topicUrl = (slug: string) => `${TOPICS}${slug}/`;
export const topicFeedUrl = (slug: string) => `${TOPICS}${slug}/feed.xml`;

/** Page 1 of a listing lives at its base URL, later pages at `<base>page/<n>/`. */
export const pageUrl = (base: string, pageNumber: number) =>
  pageNumber <= 1 ? base : `${base}page/${pageNumber}/`;

// Letters, marks and digits of any script are kept; everything a file name or a URL path
// could misread (slashes, dots, %, ?, #, quotes, controls, bidi and zero-width marks) goes.
const NOT_IN_SLUG = /[^\p{L}\p{M}\p{N}\s-]/gu;
// Tatweel is a letter to Unicode but only stretches a word: `الـرياضة` is `الرياضة`.
const TATWEEL = /\u0640/g;
const SPACES = /[\s-]+/gu;
const EDGE_DASHES = /^-+|-+$/g;
/** Long enough for any real topic, short enough for every file system (255 bytes). */
const MAX_SLUG_CHARS = 80;

/** The path segment of a topic, from its normalised key: `الامم المتحده` → `الامم-المتحده`. */
export function topicSlug(key: string): string {
  return key
    .normalize('NFC')
    .replace(TATWEEL, '')
    .replace(NOT_IN_SLUG, '')
    .replace(SPACES, '-')
    .slice(0, MAX_SLUG_CHARS)
    .replace(EDGE_DASHES, '')
    .toLowerCase();
}

/** Characters `encodeURIComponent` leaves as they are, and the slash between segments. */
const UNENCODED = /^[A-Za-z0-9\-_.!~*'()/]*$/;

/** A site path as it goes into `href`: each segment percent-encoded (Arabic included). */
export function hrefOf(sitePath: string): string {
  // Article links (`/articles/<hex id>/`) are most of a site's links: nothing to encode.
  if (UNENCODED.test(sitePath)) return sitePath;
  return sitePath.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}
