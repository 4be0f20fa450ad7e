// The search page: Pagefind loads on first use; a query is cut into character pairs and each
// phrase asked of Pagefind (src/lib/search/ngram.ts); only pages where the phrase really stands
// are shown (rank-results.ts), chapters, front matter and cases first, the rest counted in groups.
import { decodeContent, queryPhrases, type Phrase } from '../lib/search/ngram.ts';
// Directly, not through src/lib/search/index.ts: the browser gets these modules only.
import {
  type FilterSets,
  filterCounts,
  passesFilters,
  phraseForms,
  planQuery,
  type WordSearch,
} from '../lib/search/plan-query.ts';
import { excerpt, type Match, rankMatches } from '../lib/search/rank-results.ts';

const PAGE = 10;

interface Labels {
  results: string;
  none: string;
  partial: string;
  loading: string;
  more: string;
  group: Record<string, string>;
  groupShow: string;
  filters: Record<string, string>;
  links: Record<string, string>;
  kinds: Record<string, string>;
}
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
  sub_results?: { url: string; title: string; locations?: number[] }[];
}
interface PfResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<Fragment>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string | null, o?: object): Promise<{ results: PfResult[] }>;
}

interface FilterMap {
  ids: string[];
  filters: Record<string, { values: string[]; pages: number[][] }>;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-results]')!;
  const groupsBox = document.querySelector<HTMLElement>('[data-groups]')!;
  const filterBox = document.querySelector<HTMLElement>('[data-filters]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-more]')!;
  const labels = JSON.parse(form.dataset.labels!) as Labels;
  // On a desktop the filters stand open beside the results; on a phone they fold under one line.
  const filterFold = document.querySelector<HTMLDetailsElement>('[data-filter-box]');
  if (filterFold && matchMedia('(min-width: 60rem)').matches) filterFold.open = true;
  const selected: Record<string, Set<string>> = {};
  const initial = new URL(location.href).searchParams;
  for (const key of Object.keys(labels.filters))
    for (const v of initial.getAll(key)) (selected[key] ??= new Set()).add(v);
  let engine: Promise<{ pf: Pagefind; sets: FilterSets }> | undefined;
  let seq = 0;

  const load = () =>
    (engine ??= (async () => {
      status.textContent = labels.loading;
      const [pf, map] = await Promise.all([
        import(/* @vite-ignore */ form.dataset.pagefind!) as Promise<Pagefind>,
        fetch(form.dataset.filterMap!).then((r) => r.json() as Promise<FilterMap>),
      ]);
      // Short pages (a chapter known only by its title) should not outrank the pages about a topic.
      // No worker: the searches here are small, and Pagefind's worker is a second 41 KB script.
      await pf.options({ ranking: { pageLength: 0.3 }, noWorker: true });
      const sets: FilterSets = {};
      for (const [key, { values, pages }] of Object.entries(map.filters)) {
        sets[key] = Object.fromEntries(values.map((v) => [v, new Set<string>()]));
        pages.forEach((vs, i) => vs.forEach((v) => sets[key]![values[v]!]!.add(map.ids[i]!)));
      }
      return { pf, sets };
    })());

  const run = async () => {
    const q = input.value;
    const mine = ++seq;
    const url = new URL(location.href);
    url.searchParams.delete('q');
    for (const key of Object.keys(labels.filters)) url.searchParams.delete(key);
    if (q) url.searchParams.set('q', q);
    for (const [k, vs] of Object.entries(selected)) for (const v of vs) url.searchParams.append(k, v);
    history.replaceState(null, '', url);
    const phrases = queryPhrases(q);
    if (!phrases.length) {
      list.replaceChildren();
      groupsBox.replaceChildren();
      status.textContent = '';
      filterBox.replaceChildren();
      list.dataset.query = '';
      more.hidden = true;
      return;
    }
    const { pf, sets } = await load();
    // Each Pagefind result is kept, to load its fragment if it is shown.
    const results = new Map<string, PfResult>();
    const search: WordSearch = async (words) => {
      const found = (await pf.search(words)).results;
      for (const r of found) if (!results.has(r.id)) results.set(r.id, r);
      return found.map((r) => ({ id: r.id, score: r.score, words: r.words }));
    };
    const { matches, shown: shownPhrases, partial } = await planQuery(q, search);
    if (mine !== seq) return;
    const filtered = new Map([...matches].filter(([id]) => passesFilters(id, selected, sets)));
    const kindOf = (id: string) => Object.entries(sets.kind ?? {}).find(([, ids]) => ids.has(id))?.[0];
    // With a kind chosen, its pages are listed rather than counted.
    const ranked = rankMatches(filtered, kindOf, !selected.kind?.size);

    // The phrases as the page may write them, synonyms included, for excerpts and marks.
    const marked = shownPhrases.flatMap(phraseForms);
    let cursor = 0;
    const next = async () => {
      const items: HTMLLIElement[] = [];
      while (items.length < PAGE && cursor < ranked.main.length) {
        const batch = ranked.main.slice(cursor, cursor + PAGE - items.length);
        cursor += batch.length;
        const fragments = await Promise.all(batch.map((m) => results.get(m.id)!.data()));
        if (mine !== seq) return [];
        fragments.forEach((f, i) => {
          const li = render(f, batch[i]!, marked);
          if (li) items.push(li);
        });
      }
      return items;
    };
    const first = await next();
    if (mine !== seq) return;
    list.replaceChildren(...first);
    more.hidden = cursor >= ranked.main.length;
    more.onclick = async () => {
      const items = await next();
      if (mine !== seq) return;
      list.append(...items);
      more.hidden = cursor >= ranked.main.length;
      items[0]?.querySelector('a')?.focus();
    };
    renderGroups(ranked.groups, sets, q);
    const total = ranked.main.length + ranked.groups.reduce((n, g) => n + g.ids.length, 0);
    status.textContent = !total
      ? labels.none.replace('{query}', q)
      : partial
        ? labels.partial.replace('{query}', q)
        : labels.results.replace('{count}', String(total));
    status.dataset.partial = partial ? 'true' : 'false';
    const counts = filterCounts(matches, selected, sets, Object.keys(labels.filters));
    renderFilters(counts);
    // Lets tests (and assistive tools) know which query the list shows.
    list.dataset.query = q;
    list.dataset.activeFilters = JSON.stringify(
      Object.fromEntries(Object.entries(selected).map(([k, v]) => [k, [...v]])),
    );
  };

  /** One result: title · kind · edition · code on a line, the excerpt with the phrase marked, sections below. */
  const render = (f: Fragment, m: Match, phrases: Phrase[]): HTMLLIElement | undefined => {
    const decoded = decodeContent(f.content);
    const text = excerpt(decoded, phrases);
    // The pairs stood together but the phrase is not in the text (a rare near miss): not a match.
    if (text === undefined) return undefined;
    const li = document.createElement('li');
    const head = document.createElement('p');
    head.className = 'result-head';
    const a = document.createElement('a');
    a.href = f.url;
    a.className = 'title';
    a.textContent = f.meta.title ?? f.url;
    const info = document.createElement('span');
    info.className = 'kind';
    info.textContent = [
      ...(f.filters?.kind ?? []).map((k) => labels.kinds[k] ?? k),
      ...(f.filters?.edition ?? []).map((e) => labels.links.edition!.replace('{year}', e)),
      f.meta.code,
    ]
      .filter(Boolean)
      .join(' · ');
    head.append(a, ' ', info);
    const body = document.createElement('p');
    body.className = 'excerpt';
    body.lang = form.dataset.contentLang ?? 'zh-CN';
    // excerpt() escapes the text and adds only <mark> around the phrase.
    body.innerHTML = text;
    li.append(head, body);
    const starts = new Set(m.starts);
    const sections = (f.sub_results ?? [])
      .filter((s) => s.url !== f.url && (s.locations ?? []).some((l) => starts.has(l)))
      .slice(0, 3);
    if (sections.length) {
      const ul = document.createElement('ul');
      ul.className = 'sub-results';
      for (const s of sections) {
        const from = decoded.offsets[Math.min(...(s.locations ?? [0]).filter((l) => starts.has(l)))] ?? 0;
        const sli = document.createElement('li');
        const sa = document.createElement('a');
        sa.href = s.url;
        sa.textContent = decodeContent(s.title).text.trim() || s.url;
        const se = document.createElement('span');
        se.className = 'excerpt';
        se.lang = form.dataset.contentLang ?? 'zh-CN';
        se.innerHTML = excerpt(decoded, phrases, from, 48) ?? '';
        sli.append(sa, ' ', se);
        ul.append(sli);
      }
      li.append(ul);
    }
    return li;
  };

  /** Towns, datasets, figures and rankings: a count each, with where to see them. */
  const renderGroups = (groups: { kind: string; ids: string[] }[], sets: FilterSets, q: string) => {
    groupsBox.replaceChildren(
      ...groups.map((g) => {
        const p = document.createElement('p');
        p.className = 'result-group';
        const editions = Object.entries(sets.edition ?? {})
          .map(([year, ids]) => [year, g.ids.filter((id) => ids.has(id)).length] as const)
          .sort((a, b) => b[1] - a[1] || Number(b[0]) - Number(a[0]));
        const year = editions[0]?.[0];
        p.append(labels.group[g.kind]!.replace('{count}', String(g.ids.length)) + ' ');
        if (year && labels.links[g.kind]) {
          const a = document.createElement('a');
          a.href = labels.links[g.kind]!.replace('{year}', year);
          a.textContent = labels.links[`${g.kind}.label`]!;
          p.append(a, ' · ');
        }
        const show = document.createElement('a');
        const u = new URL(location.href);
        u.searchParams.set('q', q);
        u.searchParams.delete('kind');
        u.searchParams.append('kind', g.kind);
        show.href = u.pathname + u.search;
        show.textContent = labels.groupShow;
        show.addEventListener('click', (e) => {
          e.preventDefault();
          selected.kind = new Set([g.kind]);
          void run();
        });
        p.append(show);
        return p;
      }),
    );
  };

  const renderFilters = (counts: Record<string, Record<string, number>>) => {
    const entries = Object.entries(counts).filter(([k, values]) => labels.filters[k] && Object.keys(values).length);
    filterBox.replaceChildren(
      ...entries.map(([key, values]) => {
        const fs = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = labels.filters[key]!;
        fs.append(legend);
        for (const [value, n] of Object.entries(values).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
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
          const name = document.createElement('span');
          name.textContent = key === 'kind' ? (labels.kinds[value] ?? value) : value;
          const count = document.createElement('span');
          count.className = 'count';
          count.textContent = String(n);
          label.append(box, name, count);
          label.dataset.count = String(n);
          fs.append(label);
        }
        return fs;
      }),
    );
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      list.querySelector('a')?.focus();
    }
    if (e.key === 'Escape') {
      input.value = '';
      void run();
    }
  });
  list.addEventListener('keydown', (e) => {
    const links = Array.from(list.querySelectorAll('a'));
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && i < links.length - 1) {
      e.preventDefault();
      links[i + 1]!.focus();
    }
    if (e.key === 'ArrowUp') {
      e.preventDefault();
      (i > 0 ? links[i - 1]! : input).focus();
    }
  });
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && !t.isContentEditable) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
  const q = initial.get('q');
  if (q) {
    input.value = q;
    void run();
  }
}
