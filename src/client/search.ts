// The search page: Pagefind loads on first use, results and filters are rendered here so
// they are keyboard- and screen-reader-friendly, and queries get the Chinese-specific help in
// src/lib/search/prepare-query.ts.
import { queryVariants } from '../lib/search/prepare-query.ts';

const PAGE = 12;

interface Labels { results: string; none: string; loading: string; retried: string; filters: Record<string, string> }
interface Result { url: string; excerpt: string; meta: { title?: string }; filters?: Record<string, string[]>; sub_results?: { url: string; title: string; excerpt: string }[] }
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string, o?: object): Promise<{ results: { data(): Promise<Result> }[]; filters: Record<string, Record<string, number>> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Wire up the search page. */
export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-results]')!;
  const filterBox = document.querySelector<HTMLElement>('[data-filters]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-more]')!;
  const labels = JSON.parse(form.dataset.labels!) as Labels;
  const selected: Record<string, Set<string>> = {};
  let pagefind: Promise<Pagefind> | undefined;
  let allValues: Record<string, Record<string, number>> | undefined;
  let seq = 0;

  const load = () =>
    (pagefind ??= (async () => {
      status.textContent = labels.loading;
      const pf = (await import(/* @vite-ignore */ form.dataset.pagefind!)) as Pagefind;
      await pf.options({ excerptLength: 40 });
      return pf;
    })());

  const run = async () => {
    const q = input.value;
    const mine = ++seq;
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q.trim()) { list.replaceChildren(); status.textContent = ''; filterBox.replaceChildren(); list.dataset.query = ''; more.hidden = true; return; }
    const pf = await load();
    const filters = Object.fromEntries(Object.entries(selected).filter(([, v]) => v.size).map(([k, v]) => [k, { any: [...v] }]));
    let used = '';
    let found: Awaited<ReturnType<Pagefind['search']>> | undefined;
    for (const variant of queryVariants(q)) {
      found = await pf.search(variant, { filters });
      used = variant;
      if (found.results.length) break;
    }
    if (mine !== seq || !found) return;
    // Each result's excerpt is a fragment to fetch: load a page of them, more on request.
    const data = await Promise.all(found.results.slice(0, PAGE).map((r) => r.data()));
    if (mine !== seq) return;
    list.replaceChildren(...data.map(render));
    more.hidden = found.results.length <= PAGE;
    let shown = PAGE;
    const results = found.results;
    more.onclick = async () => {
      const next = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
      if (mine !== seq) return;
      const items = next.map(render);
      list.append(...items);
      shown += PAGE;
      more.hidden = results.length <= shown;
      items[0]?.querySelector('a')?.focus();
    };
    status.textContent = data.length
      ? labels.results.replace('{count}', String(found.results.length)) + (used !== queryVariants(q)[0] ? ` · ${labels.retried.replace('{query}', used)}` : '')
      : labels.none.replace('{query}', q);
    // Pagefind reports per-value counts only for a key that is being filtered on, so each key
    // is asked once with all its values allowed (index lookups only; no page fragments load).
    const all = (allValues ??= await pf.filters());
    const counts: Record<string, Record<string, number>> = {};
    for (const key of Object.keys(all)) {
      const others = Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key));
      const r = await pf.search(used, { filters: { ...others, [key]: { any: Object.keys(all[key]!) } } });
      counts[key] = Object.fromEntries(Object.entries(r.filters[key] ?? {}).filter(([v, n]) => n > 0 || selected[key]?.has(v)));
    }
    if (mine !== seq) return;
    renderFilters(counts);
    // Lets tests (and assistive tools) know which query the list shows.
    list.dataset.query = q;
    list.dataset.activeFilters = JSON.stringify(filters);
  };

  const render = (r: Result): HTMLLIElement => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    const best = r.sub_results?.find((s) => s.url !== r.url && s.excerpt.includes('<mark>'));
    a.href = best?.url ?? r.url;
    const title = document.createElement('span');
    title.className = 'title';
    title.textContent = r.meta.title ?? r.url;
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = [...(r.filters?.kind ?? []), ...(r.filters?.edition ?? [])].join(' · ');
    const excerpt = document.createElement('span');
    excerpt.className = 'excerpt';
    excerpt.lang = 'zh-CN';
    // Pagefind escapes the page text and adds only <mark> around the matched words.
    excerpt.innerHTML = (best ?? r).excerpt;
    a.append(title, kind, excerpt);
    li.append(a);
    return li;
  };

  const renderFilters = (counts: Record<string, Record<string, number>>) => {
    const sets = Object.entries(counts).filter(([k, values]) => labels.filters[k] && Object.keys(values).length);
    filterBox.replaceChildren(
      ...sets.map(([key, values]) => {
        const fs = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = labels.filters[key]!;
        fs.append(legend);
        for (const [value, n] of Object.entries(values).sort((a, b) => b[1] - a[1])) {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = key;
          box.value = value;
          box.checked = selected[key]?.has(value) ?? false;
          box.addEventListener('change', () => {
            (selected[key] ??= new Set())[box.checked ? 'add' : 'delete'](value);
            void run();
          });
          label.append(box, ` ${value} (${n})`);
          label.dataset.count = String(n);
          fs.append(label);
        }
        return fs;
      }),
    );
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 120); });
  form.addEventListener('submit', (e) => { e.preventDefault(); void run(); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); list.querySelector('a')?.focus(); }
    if (e.key === 'Escape') { input.value = ''; void run(); }
  });
  list.addEventListener('keydown', (e) => {
    const links = Array.from(list.querySelectorAll('a'));
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && i < links.length - 1) { e.preventDefault(); links[i + 1]!.focus(); }
    if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? links[i - 1]! : input).focus(); }
  });
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && !t.isContentEditable) { e.preventDefault(); input.focus(); input.select(); }
  });
  const q = new URL(location.href).searchParams.get('q');
  if (q) { input.value = q; void run(); }
}
