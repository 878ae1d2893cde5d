// The RSS plugin ships no type declarations; these cover the parts Arshif calls.
declare module '@11ty/eleventy-plugin-rss' {
  const rssPlugin: unknown;
  export default rssPlugin;
  export function dateToRfc3339(date: Date): string;
}
