// The search page's script, bundled into assets/search.js at build time. No framework:
// it reads the form, runs the shared search (engine.ts) on Pagefind's JS API and writes
// results as text nodes, never as HTML, so nothing in an article can become markup.
import { search, type Pagefind, type PagefindResult, type Query } from './engine.js';
import { excerpt } from './excerpt.js';

interface PagefindModule extends Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}

/** Results shown at first and added by each "more" press. */
const PAGE_SIZE = 10;
/** Typing pauses this long before the search runs. */
const TYPING_DELAY_MS = 250;
const FILTER_KEYS = ['year', 'topic'] as const;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function start(section: HTMLElement): Promise<void> {
  const form = section.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const status = section.querySelector<HTMLElement>('[data-search-status]')!;
  const list = section.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = section.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const numberFormat = new Intl.NumberFormat(`${section.dataset.locale}-u-nu-${section.dataset.digits}`, { useGrouping: false });
  const selects = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!]),
  ) as Record<(typeof FILTER_KEYS)[number], HTMLSelectElement>;

  // The page's own address decides the query on load, so results can be linked and bookmarked.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') === 'date' ? 'date' : '';

  let pagefind: PagefindModule;
  try {
    // The index comes in units (a year, or a month of a busy year): the first is loaded, the
    // others merged into it, and Pagefind searches them as one.
    const [first, ...others] = (section.dataset.pagefindUnits ?? '').split(' ').filter(Boolean);
    if (!first) throw new Error('no search index');
    const base = section.dataset.pagefindBase!;
    const options = { baseUrl: section.dataset.siteBase, excerptLength: 30 };
    pagefind = (await import(/* @vite-ignore */ `${base}${first}/pagefind.js`)) as PagefindModule;
    await pagefind.options(options);
    await Promise.all(others.map((unit) => pagefind.mergeIndex(`${base}${unit}/`, options)));
    await fillFilters(pagefind, selects, params, numberFormat);
  } catch {
    status.textContent = 'تعذر تحميل فهرس البحث. حاول إعادة تحميل الصفحة.';
    return;
  }

  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;

  const currentQuery = (): Query => {
    const filters: Record<string, string[]> = {};
    for (const key of FILTER_KEYS) if (selects[key].value) filters[key] = [selects[key].value];
    return { text: input.value, filters, byDate: sort.value === 'date' };
  };

  const showMore = async (focusFirstNew: boolean) => {
    const mine = generation;
    const slice = results.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(slice.map((r) => renderResult(r, input.value)));
    if (mine !== generation) return;
    for (const item of items) list.append(item);
    if (focusFirstNew) items[0]?.querySelector('a')?.focus();
    shown += slice.length;
    more.hidden = shown >= results.length;
  };

  const run = async () => {
    const mine = ++generation;
    const query = currentQuery();
    syncAddress(query);
    if (!query.text.trim() && !Object.keys(query.filters ?? {}).length) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = 'جارٍ البحث…';
    const found = await search(pagefind, query);
    if (mine !== generation) return;
    results = found;
    shown = 0;
    list.replaceChildren();
    status.textContent = found.length
      ? `عدد النتائج: ${numberFormat.format(found.length)}`
      : 'لا توجد نتائج. جرّب كلمة أخرى أو أزل أحد المرشِّحات.';
    await showMore(false);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_DELAY_MS);
  });
  for (const select of [...Object.values(selects), sort]) select.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', () => void showMore(true));
  if (input.value || params.get('year') || params.get('topic')) await run();
}

/** Puts the query in the address bar without a reload, as the plain form would have. */
function syncAddress(query: Query): void {
  const params = new URLSearchParams();
  if (query.text.trim()) params.set('q', query.text.trim());
  for (const [key, values] of Object.entries(query.filters ?? {})) if (values[0]) params.set(key, values[0]);
  if (query.byDate) params.set('sort', 'date');
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

async function fillFilters(
  pagefind: PagefindModule,
  selects: Record<string, HTMLSelectElement>,
  params: URLSearchParams,
  numberFormat: Intl.NumberFormat,
): Promise<void> {
  const available = await pagefind.filters();
  for (const [key, select] of Object.entries(selects)) {
    const counts = available[key] ?? {};
    const values = Object.keys(counts);
    // Years newest first; topics by how many articles they hold, then alphabetically.
    values.sort(key === 'year'
      ? (a, b) => b.localeCompare(a, 'ar', { numeric: true })
      : (a, b) => counts[b]! - counts[a]! || a.localeCompare(b, 'ar'));
    for (const value of values) {
      const option = el('option', undefined, `${value} (${numberFormat.format(counts[value]!)})`);
      option.value = value;
      select.append(option);
    }
    const wanted = params.get(key);
    if (wanted && values.includes(wanted)) select.value = wanted;
    // A filter with nothing to choose from is hidden rather than shown empty.
    if (values.length === 0) select.closest('p')?.setAttribute('hidden', '');
  }
}

async function renderResult(result: PagefindResult, query: string): Promise<HTMLLIElement> {
  const data = await result.data();
  const item = el('li', 'search-result');
  const heading = el('h2', 'search-result-title');
  const link = el('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta.date) {
    const time = el('time', 'search-result-date', data.meta.date);
    if (data.meta.iso) time.dateTime = data.meta.iso;
    const meta = el('p', 'meta');
    meta.append(time);
    item.append(meta);
  } else {
    item.append(el('p', 'meta', 'بدون تاريخ'));
  }
  const summary = el('p', 'search-result-excerpt');
  for (const segment of excerpt(data.content, query, { title: data.meta.title })) {
    summary.append(segment.mark ? el('mark', undefined, segment.text) : document.createTextNode(segment.text));
  }
  item.append(summary);
  return item;
}
