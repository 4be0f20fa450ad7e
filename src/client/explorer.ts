// The figure page's views, enhanced: tabs (WAI-ARIA tabs: arrows, Home, End), selection of rows
// (checkboxes, or Enter on a chart mark), a time range for a series, the view kept in the URL
// (?tab=table&sel=浙江,江苏&from=…&to=…) and downloads of exactly what is shown. Without this
// script every view stays on the page, one after another.
import {
  matchLabel,
  readViewState,
  rowsInView,
  selectable,
  writeViewState,
  type FigureTab,
  type ViewState,
} from '@/lib/figures/view-state.ts';
import type { FigureKind } from '@/lib/figures/spec.ts';
import { enhanceCharts } from './chart.ts';

type Series = [string, number, boolean][];

export function enhanceExplorer(fig: HTMLElement): void {
  const tabs = fig.dataset.tabs!.split(',') as FigureTab[];
  const kind = fig.dataset.kind as FigureKind;
  const series = fig.dataset.series ? (JSON.parse(fig.dataset.series) as Series) : undefined;
  const times = series?.map(([t]) => t);
  const rows = Array.from(fig.querySelectorAll<HTMLTableRowElement>('[data-view="table"] tbody tr'));
  const labels = rows.map((r) => r.dataset.key!);
  const links = tabs.map((t) => fig.querySelector<HTMLAnchorElement>(`[data-tab="${t}"]`)!);
  const panels = tabs.map((t) => fig.querySelector<HTMLElement>(`[data-view="${t}"]`)!);
  const controls = fig.querySelector<HTMLElement>('[data-controls]')!;
  const choices = Array.from(fig.querySelectorAll<HTMLInputElement>('[data-choice]'));
  const from = fig.querySelector<HTMLSelectElement>('[data-from]');
  const to = fig.querySelector<HTMLSelectElement>('[data-to]');
  const status = fig.querySelector<HTMLElement>('[data-view-status]')!;
  const note = fig.querySelector<HTMLElement>('[data-view-note]');
  const count = fig.querySelector<HTMLElement>('[data-selected-count]');
  const selectedWord = fig.querySelector<HTMLElement>('[data-selected-word]')?.dataset.selectedWord ?? '';
  const options = { tabs, labels, ...(times ? { times } : {}) };
  let state: ViewState = readViewState(location.search, options);
  let drawn = `${times?.[0]}|${times?.at(-1)}`;

  // Tabs: the links become a tab list; each view its panel.
  const list = links[0]!.closest('ul')!;
  list.setAttribute('role', 'tablist');
  links.forEach((a, i) => {
    a.parentElement!.setAttribute('role', 'presentation');
    a.setAttribute('role', 'tab');
    a.setAttribute('aria-controls', panels[i]!.id);
    panels[i]!.setAttribute('role', 'tabpanel');
    panels[i]!.setAttribute('aria-labelledby', a.id);
    panels[i]!.querySelector('.figure__view-title')?.classList.add('sr-only');
    a.addEventListener('click', (e) => {
      e.preventDefault();
      update({ ...state, tab: tabs[i]! });
    });
    a.addEventListener('keydown', (e) => {
      const j =
        e.key === 'ArrowRight'
          ? i + 1
          : e.key === 'ArrowLeft'
            ? i - 1
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? tabs.length - 1
                : -2;
      if (j === -2) return;
      e.preventDefault();
      const k = (j + tabs.length) % tabs.length;
      update({ ...state, tab: tabs[k]! });
      links[k]!.focus();
    });
  });
  controls.hidden = false;

  choices.forEach((c) =>
    c.addEventListener('change', () =>
      update({ ...state, sel: labels.filter((l) => (l === c.value ? c.checked : state.sel.includes(l))) }),
    ),
  );
  fig.querySelector('[data-clear]')?.addEventListener('click', () => update({ ...state, sel: [] }));
  from?.addEventListener('change', () => update(ordered({ ...state, from: from.value })));
  to?.addEventListener('change', () => update(ordered({ ...state, to: to.value })));
  // Enter or Space on a chart mark (or a click) selects or clears it.
  if (selectable(kind)) {
    fig.addEventListener('keydown', (e) => {
      const mark = (e.target as Element).closest?.('.mark');
      if (mark && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        toggle(mark);
      }
    });
    fig.addEventListener('click', (e) => {
      const mark = (e.target as Element).closest?.('.mark');
      if (mark) toggle(mark);
    });
  }
  fig
    .querySelectorAll<HTMLButtonElement>('[data-download]')
    .forEach((b) => b.addEventListener('click', () => download(b.dataset.download as 'svg' | 'png' | 'csv')));

  function ordered(s: ViewState): ViewState {
    if (!times || !s.from || !s.to || times.indexOf(s.from) <= times.indexOf(s.to)) return s;
    return { ...s, from: s.to, to: s.from };
  }

  function toggle(mark: Element) {
    const label = matchLabel(mark.getAttribute('data-label') ?? '', labels);
    if (!label) return;
    update({
      ...state,
      sel: state.sel.includes(label)
        ? state.sel.filter((l) => l !== label)
        : labels.filter((l) => l === label || state.sel.includes(l)),
    });
  }

  function update(next: ViewState) {
    state = next;
    const hash = location.hash && !location.hash.startsWith('#view-') ? location.hash : '';
    history.replaceState(history.state, '', `${location.pathname}${writeViewState(state, options)}${hash}`);
    void apply();
  }

  async function apply() {
    links.forEach((a, i) => {
      const on = tabs[i] === state.tab;
      a.setAttribute('aria-selected', String(on));
      a.tabIndex = on ? 0 : -1;
      panels[i]!.hidden = !on;
    });
    choices.forEach((c) => (c.checked = state.sel.includes(c.value)));
    if (count)
      count.textContent = state.sel.length
        ? `（${count.dataset.template!.replace('{n}', String(state.sel.length))}）`
        : '';
    if (from && to) {
      from.value = state.from ?? times![0]!;
      to.value = state.to ?? times!.at(-1)!;
    }
    // Marks not selected are dimmed in every view; rows not in view leave the table.
    fig.querySelectorAll<SVGGElement>('svg.chart .mark').forEach((m) => {
      const label = matchLabel(m.getAttribute('data-label') ?? '', labels);
      m.classList.toggle('is-dimmed', state.sel.length > 0 && !(label && state.sel.includes(label)));
      m.classList.toggle('is-selected', !!label && state.sel.includes(label));
      // A list item takes no aria-pressed: the selection is said in its label.
      m.dataset.ariaBase ??= m.getAttribute('aria-label') ?? '';
      m.setAttribute(
        'aria-label',
        label && state.sel.includes(label) ? `${m.dataset.ariaBase}${selectedWord}` : m.dataset.ariaBase,
      );
    });
    const shown = new Set(rowsInView(labels, (l) => l, state, times));
    rows.forEach((r) => (r.hidden = !shown.has(r.dataset.key!)));
    const message = state.sel.length
      ? status.dataset.showing!.replace('{n}', String(shown.size)).replace('{total}', String(labels.length))
      : times && (state.from || state.to) && shown.size < labels.length
        ? status.dataset
            .showingRange!.replace('{n}', String(shown.size))
            .replace('{total}', String(labels.length))
            .replace('{from}', state.from ?? times[0]!)
            .replace('{to}', state.to ?? times.at(-1)!)
        : '';
    if (note) {
      note.textContent = message;
      note.hidden = !message;
    }
    status.textContent = message;
    const range = `${state.from ?? times?.[0]}|${state.to ?? times?.at(-1)}`;
    if (series && range !== drawn) {
      drawn = range;
      const { redrawSeries } = await import('./series-view.ts');
      redrawSeries(
        fig,
        series.filter(([t]) => shown.has(t)),
      );
      enhanceCharts(fig);
    }
  }

  async function download(format: 'svg' | 'png' | 'csv') {
    const { downloadView } = await import('./view-download.ts');
    const visible = rows.filter((r) => !r.hidden);
    await downloadView(fig, format, state, visible);
  }

  // A link's view, normalised (浙江 → 浙江省, unknown values dropped), is the one the address keeps.
  update(state);
}

document.querySelectorAll<HTMLElement>('[data-explorer]').forEach(enhanceExplorer);
