// Reads the seeds folder and writes the generated Markdown and catalogue. The only place
// the ingest touches the file system; seeds are opened read-only.
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { IngestError, type Article } from '../ingest/article.js';
import { ingest } from '../ingest/pipeline.js';
import { frontMatterOf, toMarkdown } from '../ingest/serialize.js';
import { ARTICLES_DIR, byNewest, CATALOG_FILE } from '../site/catalog.js';
import { articleUrl } from '../site/urls.js';
import { linkArticles } from './related.js';
import type { ReportEntry } from './report.js';

const SEED_NAME = /\.txt$/;

export { articleUrl };

function entry(file: string, fields: Partial<ReportEntry>): ReportEntry {
  return {
    file, id: null, status: 'ok', code: null, reason: null, url: null, title: null, lang: null,
    date: null, removed: [], warnings: [], ...fields,
  };
}

/** Text identity for duplicate detection: the article body as read, whatever the bytes. */
const bodyKey = (article: Article) => JSON.stringify(article.body);

export function ingestSeeds(seedsDir: string): { articles: Article[]; entries: ReportEntry[] } {
  const articles: Article[] = [];
  const entries: ReportEntry[] = [];
  const byId = new Map<string, string>();
  const byBody = new Map<string, string>();
  // Sorted by code point, not locale, so every machine reads seeds in the same order.
  const names = readdirSync(seedsDir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const file of names) {
    const full = path.join(seedsDir, file);
    const stat = lstatSync(full);
    if (!stat.isFile() || !SEED_NAME.test(file)) {
      const reason = stat.isSymbolicLink() ? 'a symbolic link, not a seed file'
        : stat.isDirectory() ? 'a folder, not a seed file' : 'not a .txt file';
      entries.push(entry(file, { status: 'skipped', code: 'not-a-seed', reason }));
      continue;
    }
    try {
      const { article, removed, warnings } = ingest(file, readFileSync(full));
      const twin = byId.get(article.id) ?? byBody.get(bodyKey(article));
      if (twin) {
        entries.push(entry(file, {
          id: article.id, status: 'duplicate', code: 'duplicate', reason: `same article as ${twin}`,
          url: articleUrl(article.id), title: article.title, removed, warnings,
        }));
        continue;
      }
      byId.set(article.id, file);
      byBody.set(bodyKey(article), file);
      articles.push(article);
      entries.push(entry(file, {
        id: article.id, url: articleUrl(article.id), title: article.title, lang: article.lang,
        date: article.date, removed, warnings,
      }));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      entries.push(entry(file, { status: 'error', code: error.code, reason: error.message }));
    }
  }
  return { articles, entries };
}

/** Replaces the content folder with one Markdown file per article and the catalogue, whose
 * entries also carry the links worked out across the archive (older, newer, related). */
export function writeContent(contentDir: string, articles: Article[]): void {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(path.join(contentDir, ARTICLES_DIR), { recursive: true });
  for (const article of articles) {
    writeFileSync(path.join(contentDir, ARTICLES_DIR, `${article.id}.md`), toMarkdown(article));
  }
  const links = linkArticles(articles);
  const catalog = articles.map((a) => ({ ...frontMatterOf(a), ...links.get(a.id)! })).sort(byNewest);
  writeFileSync(path.join(contentDir, CATALOG_FILE), `${JSON.stringify(catalog)}\n`);
}
