// Walks every file of a built site and reports anything a seed could have smuggled in:
// scripts and event handlers the site did not write, javascript:/data: URLs, dangerous
// elements, and bidi override characters. HTML is parsed with parse5, XML checked for
// well-formedness and parsed with fast-xml-parser, JSON parsed; gzip files (search
// indexes) are opened. "The site wrote it" means the text appears in the templates.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, parseFragment } from 'parse5';

export const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/u;
// After removing what browsers ignore in a URL (whitespace, controls), a scheme that runs code or embeds a document.
const BAD_SCHEME = /^(?:javascript|data|vbscript):/i;
const URL_IGNORED = /[\u0000-\u0020\u007F-\u009F]/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'xlink:href', 'data', 'background', 'cite', 'ping', 'manifest', 'codebase', 'longdesc', 'lowsrc', 'dynsrc']);
const DANGEROUS_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'style', 'svg', 'math', 'template', 'portal']);
// URL-bearing keys in JSON (JSON-LD, feeds, manifests, search indexes).
const URL_KEYS = /^(?:url|@id|href|src|image|logo|sameAs|contentUrl|thumbnailUrl|link|loc|start_url|external_url|home_page_url|feed_url|icon|favicon)$/i;
const BINARY_EXTENSIONS = new Set(['.woff', '.woff2', '.ttf', '.otf', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico', '.wasm']);
const GZIP = [0x1f, 0x8b];
// Keys whose strings are HTML: `*_html` in feeds. A search index's `content` is the page's
// text, seed payloads included as typed: the site's search script inserts it as text only
// (tests/search/text-only.test.ts), so there it is checked as text (bidi, URLs), not HTML.
const HTML_KEYS = /html$/i;
const INDEX_HTML_KEYS = HTML_KEYS;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as text, or null when they are not UTF-8 (a binary index, a WebAssembly module). */
function asText(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

export interface Finding {
  file: string;
  problem: string;
}

type Node = {
  nodeName: string;
  tagName?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
  value?: string;
};

export function textOfNode(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOfNode).join('');
}

export function findElements(node: Node, test: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (test(node)) out.push(node);
  for (const child of node.childNodes ?? []) findElements(child, test, out);
  if (node.content) findElements(node.content, test, out);
  return out;
}

export const parseHtml = (html: string) => parse(html) as unknown as Node;

/** All text of the templates folder: what the site writes itself. */
export function siteSource(templatesDir: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!BINARY_EXTENSIONS.has(path.extname(name))) parts.push(readFileSync(full, 'utf8'));
    }
  };
  walk(templatesDir);
  return parts.join('\n');
}

export class SiteInspector {
  readonly findings: Finding[] = [];
  files = 0;

  constructor(
    private readonly distDir: string,
    private readonly source: string,
  ) {}

  private flag(file: string, problem: string): void {
    this.findings.push({ file, problem });
  }

  private siteWrote(text: string): boolean {
    return text.trim() !== '' && this.source.includes(text.trim());
  }

  /** A root-relative path to a file in the built site: the site's own. */
  private ownFile(url: string): boolean {
    if (!url.startsWith('/') || url.startsWith('//')) return false;
    const file = path.join(this.distDir, decodeURIComponent(url.split(/[?#]/)[0]!));
    return file.startsWith(this.distDir) && statSync(file, { throwIfNoEntry: false })?.isFile() === true;
  }

  private checkString(file: string, where: string, value: string): void {
    if (BIDI_OVERRIDE.test(value)) this.flag(file, `bidi override in ${where}: ${JSON.stringify(value.slice(0, 80))}`);
  }

  private checkUrl(file: string, where: string, value: string): void {
    const candidates = where.endsWith('srcset') ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
    for (const url of candidates) {
      const cleaned = url.replace(URL_IGNORED, '');
      if (BAD_SCHEME.test(cleaned) && !this.siteWrote(value)) {
        this.flag(file, `${where} holds a ${cleaned.split(':')[0]!.toLowerCase()}: URL: ${JSON.stringify(value.slice(0, 80))}`);
      }
    }
  }

  /** Checks a parsed HTML tree; `fragment` is HTML carried inside a feed or index, which may hold no script at all. */
  checkHtmlTree(file: string, root: Node, fragment = false): void {
    for (const node of findElements(root, () => true)) {
      if (node.nodeName === '#text' || node.nodeName === '#comment') {
        this.checkString(file, node.nodeName, node.value ?? '');
        continue;
      }
      const tag = node.tagName;
      if (!tag) continue;
      for (const { name, value } of node.attrs ?? []) {
        this.checkString(file, `<${tag} ${name}>`, value);
        if (/^on/i.test(name)) this.flag(file, `event handler ${name} on <${tag}>`);
        if (URL_ATTRIBUTES.has(name.toLowerCase())) this.checkUrl(file, `<${tag} ${name}>`, value);
        if (tag === 'meta' && /refresh/i.test(node.attrs?.find((a) => a.name === 'http-equiv')?.value ?? '')) {
          this.flag(file, `<meta http-equiv=refresh>: ${value}`);
        }
      }
      if (tag === 'script') this.checkScript(file, node, fragment);
      else if (DANGEROUS_ELEMENTS.has(tag)) this.checkOwnElement(file, node, fragment);
    }
  }

  private checkScript(file: string, node: Node, fragment: boolean): void {
    const attr = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
    const src = attr('src');
    const text = textOfNode(node);
    if (fragment) return this.flag(file, `<script> inside carried HTML: ${JSON.stringify(text.slice(0, 80))}`);
    if (src !== undefined) {
      if (!this.ownFile(src) && !this.siteWrote(`src="${src}"`)) this.flag(file, `<script src=${JSON.stringify(src)}> not from the site`);
      return;
    }
    if (attr('type') === 'application/ld+json') {
      try {
        this.checkJson(file, JSON.parse(text), 'JSON-LD');
      } catch {
        this.flag(file, `JSON-LD that is not JSON: ${JSON.stringify(text.slice(0, 80))}`);
      }
      return;
    }
    if (!this.siteWrote(text)) this.flag(file, `inline <script> not written by the site: ${JSON.stringify(text.slice(0, 80))}`);
  }

  private checkOwnElement(file: string, node: Node, fragment: boolean): void {
    const tag = node.tagName!;
    const attrs = (node.attrs ?? []).map(({ name, value }) => (value === '' ? name : `${name}="${value}"`));
    // The site's own: every attribute of it, and each of its own text runs, appear in the
    // templates (text inside child elements is checked with those elements).
    const ownText = (node.childNodes ?? []).filter((c) => c.nodeName === '#text').map((c) => c.value ?? '');
    const own = !fragment && this.source.includes(`<${tag}`) && attrs.every((a) => this.siteWrote(a) || this.ownFile(a.replace(/^[^=]+="|"$/g, '')))
      && ownText.every((t) => t.trim() === '' || this.siteWrote(t));
    if (!own) this.flag(file, `<${tag} ${attrs.join(' ')}> not written by the site`);
  }

  private checkJson(file: string, value: unknown, where: string, key = '', htmlKeys = HTML_KEYS): void {
    if (typeof value === 'string') {
      this.checkString(file, `${where} ${key}`, value);
      if (URL_KEYS.test(key)) this.checkUrl(file, `${where} ${key}`, value);
      if (htmlKeys.test(key)) this.checkHtmlTree(file, parseFragment(value) as unknown as Node, true);
    } else if (Array.isArray(value)) {
      for (const item of value) this.checkJson(file, item, where, key, htmlKeys);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        this.checkString(file, `${where} key`, k);
        this.checkJson(file, v, where, k, htmlKeys);
      }
    }
  }

  private checkXml(file: string, xml: string): void {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) return this.flag(file, `XML not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, processEntities: true, htmlEntities: true, parseTagValue: false, parseAttributeValue: false, trimValues: false });
    const walk = (nodes: Array<Record<string, unknown>>, parent: string, parentAttrs: Record<string, string>) => {
      for (const node of nodes) {
        const attrs = (node[':@'] ?? {}) as Record<string, string>;
        for (const [tag, children] of Object.entries(node)) {
          if (tag === ':@') continue;
          if (tag === '#text') {
            const text = String(children);
            this.checkString(file, `<${parent}> text`, text);
            if (/^(?:loc|link|id|url|uri|icon|logo)$/i.test(parent.split(':').pop()!)) this.checkUrl(file, `<${parent}>`, text.trim());
            // HTML carried in a feed: Atom type="html", RSS description and content:encoded.
            if (parentAttrs.type === 'html' || parentAttrs.type === 'xhtml' || /^(?:description|content:encoded)$/.test(parent)) {
              this.checkHtmlTree(file, parseFragment(text) as unknown as Node, true);
            }
            continue;
          }
          if (/(?:^|:)script$/i.test(tag)) this.flag(file, `<${tag}> element in XML`);
          for (const [name, value] of Object.entries(attrs)) {
            this.checkString(file, `<${tag} ${name}>`, value);
            if (/^on/i.test(name)) this.flag(file, `event handler ${name} on <${tag}>`);
            if (/(?:^|:)(?:href|src)$/i.test(name)) this.checkUrl(file, `<${tag} ${name}>`, value);
          }
          if (Array.isArray(children)) walk(children as Array<Record<string, unknown>>, tag, attrs);
        }
      }
    };
    walk(parser.parse(xml) as Array<Record<string, unknown>>, '', {});
  }

  /** A search index or other gzip file: its JSON, when it holds one after a signature. */
  private checkGzip(file: string, bytes: Buffer): void {
    const text = asText(gunzipSync(bytes));
    if (text === null) return;
    this.checkString(file, 'gzip content', text);
    const start = text.indexOf('{');
    if (start < 0) return;
    let json: unknown;
    try {
      json = JSON.parse(text.slice(start));
    } catch {
      return; // Text, but not JSON after a signature: the bidi check above is all that applies.
    }
    this.checkJson(file, json, 'search index', '', INDEX_HTML_KEYS);
  }

  checkFile(relative: string): void {
    const full = path.join(this.distDir, relative);
    const bytes = readFileSync(full);
    const ext = path.extname(relative).toLowerCase();
    this.files++;
    if (BINARY_EXTENSIONS.has(ext)) return;
    if (bytes[0] === GZIP[0] && bytes[1] === GZIP[1]) return this.checkGzip(relative, bytes);
    const text = asText(bytes);
    if (text === null) return;
    this.checkString(relative, 'raw file', text);
    if (ext === '.html' || ext === '.htm') this.checkHtmlTree(relative, parseHtml(text));
    else if (['.xml', '.xsl', '.rss', '.atom'].includes(ext) || text.trimStart().startsWith('<?xml')) this.checkXml(relative, text);
    else if (ext === '.json' || ext === '.webmanifest' || ext === '.jsonld') {
      try {
        this.checkJson(relative, JSON.parse(text), 'JSON');
      } catch {
        this.flag(relative, 'JSON file that is not JSON');
      }
    }
  }

  checkAll(): this {
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else this.checkFile(path.relative(this.distDir, full));
      }
    };
    walk(this.distDir);
    return this;
  }
}
