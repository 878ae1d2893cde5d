// A dead-link walker for a built site: every internal href and src of every HTML page must
// name a file in the output, and every #fragment an id on the page it points to.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';

const LINK_ATTRIBUTES = new Set(['href', 'src']);
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const BASE = 'http://site.invalid';

export interface PageLinks {
  links: string[];
  ids: Set<string>;
}

export function parsePage(html: string): PageLinks {
  const links: string[] = [];
  const ids = new Set<string>();
  const parser = new Parser({
    onopentag(_name, attributes) {
      for (const [name, value] of Object.entries(attributes)) {
        if (LINK_ATTRIBUTES.has(name)) links.push(value);
        if (name === 'id') ids.add(value);
      }
    },
  });
  parser.write(html);
  parser.end();
  return { links, ids };
}

export function htmlFiles(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true }).flatMap((d) => {
    const rel = under ? `${under}/${d.name}` : d.name;
    if (d.isDirectory()) return htmlFiles(dir, rel);
    return rel.endsWith('.html') ? [rel] : [];
  });
}

/** `topics/x/index.html` → `/topics/x/` under the prefix. */
const pageUrlOf = (file: string, prefix: string) => `${prefix}${file.replace(/(^|\/)index\.html$/, '$1')}`;

export interface LinkCheck {
  checked: number;
  dead: string[];
}

/**
 * Walks every HTML page of `outDir`. Links to `siteUrl` (canonical, Open Graph) count as
 * internal; other absolute URLs are skipped. `prefix` is the site's path prefix.
 */
export function checkLinks(outDir: string, { prefix = '/', siteUrl = 'https://example.org' } = {}): LinkCheck {
  const pages = new Map<string, PageLinks>();
  const load = (file: string) => {
    let page = pages.get(file);
    if (!page) pages.set(file, (page = parsePage(readFileSync(path.join(outDir, file), 'utf8'))));
    return page;
  };
  const dead: string[] = [];
  let checked = 0;
  for (const file of htmlFiles(outDir)) {
    for (const raw of load(file).links) {
      let link = raw.startsWith(siteUrl) ? raw.slice(siteUrl.length) || '/' : raw;
      if (EXTERNAL.test(link)) continue;
      checked++;
      const url = new URL(link, BASE + encodeURI(pageUrlOf(file, prefix)));
      const pathname = decodeURIComponent(url.pathname);
      if (!pathname.startsWith(prefix)) {
        dead.push(`${file}: ${raw} (outside ${prefix})`);
        continue;
      }
      const rel = pathname.slice(prefix.length);
      const target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
      if (!existsSync(path.join(outDir, target))) {
        dead.push(`${file}: ${raw} (no ${target})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !load(target).ids.has(fragment)) {
        dead.push(`${file}: ${raw} (no id ${fragment})`);
      }
    }
  }
  return { checked, dead };
}
