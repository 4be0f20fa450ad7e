// The search page: the series index loads on first use (src/lib/search/series-search.ts); a query
// is cut into character pairs and each phrase looked up, newest edition first; only pages where the
// phrase really stands are shown (rank-results.ts), chapters, front matter and cases first, the same
// page of several editions once (series-results.ts), the rest counted in groups.
// Directly, not through src/lib/search/index.ts: the browser gets these modules only.
import { queryPhrases, TITLE_WORDS, type Phrase } from '../lib/search/ngram.ts';
import {
  type FilterSets,
  filterCounts,
  passesFilters,
  phraseForms,
  planQuery,
  type WordSearch,
} from '../lib/search/plan-query.ts';
import { excerpt, type Match, rankMatches } from '../lib/search/rank-results.ts';
import type { PageText, SeriesManifest } from '../lib/search/series-format.ts';
import { seriesResults, type SeriesResult, titleForm } from '../lib/search/series-results.ts';
import { searchPasses } from '../lib/search/search-passes.ts';
import { type EditionInfo, fetchLoader, type PageInfo, SeriesSearch } from '../lib/search/series-search.ts';

const PAGE = 10;

interface Labels {
  results: string;
  none: string;
  partial: string;
  loading: string;
  older: string;
  also: string;
  more: string;
  group: Record<string, string>;
  groupShow: string;
  filters: Record<string, string>;
  links: Record<string, string>;
  kinds: Record<string, string>;
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
  let engine: Promise<{ index: SeriesSearch; manifest: SeriesManifest }> | undefined;
  let seq = 0;

  const load = () =>
    (engine ??= (async () => {
      status.textContent = labels.loading;
      const index = new SeriesSearch(fetchLoader(new URL(form.dataset.index!, location.href).href));
      return { index, manifest: await index.manifest() };
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
    list.dataset.complete = 'false';
    if (!phrases.length) {
      list.replaceChildren();
      groupsBox.replaceChildren();
      status.textContent = '';
      filterBox.replaceChildren();
      list.dataset.query = '';
      list.dataset.complete = 'true';
      more.hidden = true;
      return;
    }
    const { index, manifest } = await load();
    const byShard = new Map(manifest.editions.map((e) => [e.shard, e]));
    // A query that is a book's or chapter's title: that page first, whichever edition it is in.
    const asTitle = titleForm(q);
    const titled = new Set(manifest.titles.filter(([, , t]) => t === asTitle).map(([s, i]) => `${s}/${i}`));
    const passes = searchPasses(manifest.editions, titled, selected.edition);
    for (const [n, editions] of passes.entries()) {
      const done = n === passes.length - 1;
      // After the first pass, an edition is likely not to hold the phrase: its files are read stepwise.
      await show(q, editions, titled, index, byShard, mine, done, n > 0);
      if (mine !== seq) return;
      // Let the first results show (and a new keystroke stop this query) before the other editions are read.
      if (!done) await new Promise((r) => setTimeout(r, 0));
      if (mine !== seq) return;
    }
  };

  /** Search `editions` and show what they hold. */
  const show = async (
    q: string,
    editions: readonly EditionInfo[],
    titled: ReadonlySet<string>,
    index: SeriesSearch,
    byShard: ReadonlyMap<string, EditionInfo>,
    mine: number,
    done: boolean,
    stepwise: boolean,
  ) => {
    const search: WordSearch = async (pairs) =>
      (await Promise.all(editions.map((e) => index.search(e, pairs, stepwise)))).flat();
    const { matches, shown: shownPhrases, partial } = await planQuery(q, search);
    const edition = (id: string) => byShard.get(id.slice(0, id.lastIndexOf('/')))!;
    const at = (id: string) => Number(id.slice(id.lastIndexOf('/') + 1));
    const pages = await index.pagesOf(matches.keys(), byShard);
    if (mine !== seq) return;
    const sets: FilterSets = {};
    for (const p of pages.values())
      for (const [k, vs] of Object.entries(p.filters))
        for (const v of vs) ((sets[k] ??= {})[v] ??= new Set()).add(p.id);
    const filtered = new Map([...matches].filter(([id]) => passesFilters(id, selected, sets)));
    const kindOf = (id: string) => pages.get(id)?.kind;
    // With a kind chosen, its pages are listed rather than counted.
    const ranked = rankMatches(filtered, kindOf, !selected.kind?.size);
    const results = seriesResults(ranked.main, (id) => pages.get(id)!, titled);

    // The phrases as the page may write them, synonyms included, for excerpts and marks.
    const marked = shownPhrases.flatMap(phraseForms);
    let cursor = 0;
    const next = async () => {
      const items: HTMLLIElement[] = [];
      while (items.length < PAGE && cursor < results.length) {
        const batch = results.slice(cursor, cursor + PAGE - items.length);
        cursor += batch.length;
        const texts = await Promise.all(
          batch.map((r) => {
            // The piece of text where the phrase first stands below the title (the title's piece otherwise).
            const body = r.match.starts.find((s) => s >= TITLE_WORDS) ?? 0;
            return index.text(edition(r.page.id), at(r.page.id), body);
          }),
        );
        if (mine !== seq) return [];
        texts.forEach((t, i) => {
          const li = render(t, batch[i]!, marked);
          if (li) items.push(li);
        });
      }
      return items;
    };
    const firstItems = await next();
    if (mine !== seq) return;
    list.replaceChildren(...firstItems);
    more.hidden = cursor >= results.length;
    more.onclick = async () => {
      const items = await next();
      if (mine !== seq) return;
      list.append(...items);
      more.hidden = cursor >= results.length;
      items[0]?.querySelector('a')?.focus();
    };
    renderGroups(ranked.groups, pages, q);
    const total = results.length + ranked.groups.reduce((n, g) => n + g.ids.length, 0);
    status.textContent =
      (!total
        ? labels.none.replace('{query}', q)
        : partial
          ? labels.partial.replace('{query}', q)
          : labels.results.replace('{count}', String(total))) + (done ? '' : ` ${labels.older}`);
    status.dataset.partial = partial ? 'true' : 'false';
    renderFilters(filterCounts(matches, selected, sets, Object.keys(labels.filters)));
    // Lets tests (and assistive tools) know which query the list shows, and whether every edition is in.
    list.dataset.query = q;
    list.dataset.complete = done ? 'true' : 'false';
    list.dataset.activeFilters = JSON.stringify(
      Object.fromEntries(Object.entries(selected).map(([k, v]) => [k, [...v]])),
    );
  };

  /** One result: title · kind · edition · code on a line, the excerpt with the phrase marked, sections,
   * other editions. */
  const render = (f: PageText, r: SeriesResult<PageInfo>, phrases: Phrase[]): HTMLLIElement | undefined => {
    const decoded = { text: f.text, offsets: [] };
    const text = excerpt(decoded, phrases);
    // The pairs stood together but the phrase is not in the text (a rare near miss): not a match.
    if (text === undefined) return undefined;
    const m: Match = r.match;
    const li = document.createElement('li');
    const head = document.createElement('p');
    head.className = 'result-head';
    const a = document.createElement('a');
    a.href = f.url;
    a.className = 'title';
    a.textContent = f.title;
    const info = document.createElement('span');
    info.className = 'kind';
    info.textContent = [
      ...(f.filters.kind ?? []).map((k) => labels.kinds[k] ?? k),
      ...(f.filters.edition ?? []).map((e) => labels.links.edition!.replace('{year}', e)),
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
    // Sections of this piece where the phrase starts.
    const sections = f.sections
      .map(([url, title, from, offset], i) => {
        const to = f.sections[i + 1]?.[2] ?? Number.POSITIVE_INFINITY;
        return { url, title, offset, hit: m.starts.some((s) => s >= from && s < to) };
      })
      .filter((s) => s.hit && s.url !== f.url)
      .slice(0, 3);
    if (sections.length) {
      const ul = document.createElement('ul');
      ul.className = 'sub-results';
      for (const s of sections) {
        const sli = document.createElement('li');
        const sa = document.createElement('a');
        sa.href = s.url;
        sa.textContent = s.title.trim() || s.url;
        const se = document.createElement('span');
        se.className = 'excerpt';
        se.lang = form.dataset.contentLang ?? 'zh-CN';
        se.innerHTML = excerpt(decoded, phrases, s.offset, 48) ?? '';
        sli.append(sa, ' ', se);
        ul.append(sli);
      }
      li.append(ul);
    }
    if (r.also.length) {
      const also = document.createElement('p');
      also.className = 'also';
      also.dataset.also = r.also.map((p) => p.year ?? '').join(',');
      also.append(`${labels.also} `);
      r.also.forEach((p, i) => {
        const link = document.createElement('a');
        link.href = p.url;
        link.textContent = labels.links.edition!.replace('{year}', String(p.year ?? ''));
        also.append(...(i ? [labels.links.separator!] : []), link);
      });
      li.append(also);
    }
    return li;
  };

  /** Towns, datasets, figures and rankings: a count each, with where to see them. */
  const renderGroups = (groups: { kind: string; ids: string[] }[], pages: ReadonlyMap<string, PageInfo>, q: string) => {
    groupsBox.replaceChildren(
      ...groups.map((g) => {
        const p = document.createElement('p');
        p.className = 'result-group';
        // The edition holding most of them (the newest of equals) is where the link leads.
        const perYear = new Map<number, number>();
        for (const id of g.ids) {
          const y = pages.get(id)?.year;
          if (y !== undefined) perYear.set(y, (perYear.get(y) ?? 0) + 1);
        }
        const year = [...perYear].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
        p.append(labels.group[g.kind]!.replace('{count}', String(g.ids.length)) + ' ');
        if (year && labels.links[g.kind]) {
          const a = document.createElement('a');
          a.href = labels.links[g.kind]!.replace('{year}', String(year));
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
    // The query typed is run now, not again when the typing pause ends.
    clearTimeout(timer);
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
