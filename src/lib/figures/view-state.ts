import { findProvince } from './provinces.ts';
import type { FigureKind } from './spec.ts';

/** The views of a figure page: the chart, its data table, and a map when its rows are provinces. */
export type FigureTab = 'chart' | 'table' | 'map';

/** What a shared link of a figure page opens: `?tab=table&sel=浙江,江苏&from=2016-07&to=2018-06`. */
export interface ViewState {
  tab: FigureTab;
  /** Selected rows, by their label as the table shows it. */
  sel: string[];
  /** Time range of a time series (labels of its first and last points shown). */
  from?: string | undefined;
  to?: string | undefined;
}

/** Labels that all name provinces (a combined unit is written 陕西+宁夏), five or more of them. */
export function areProvinces(labels: readonly string[]): boolean {
  const named = labels.filter(Boolean);
  return named.length >= 5 && named.every((l) => l.split('+').every((p) => findProvince(p)));
}

/** The tabs a figure page offers, in order. A map figure's chart is its map; a table figure has only its table. */
export function figureTabs(kind: FigureKind, labels: readonly string[]): FigureTab[] {
  if (kind === 'table') return ['table'];
  if (kind === 'map' || kind === 'choropleth') return ['map', 'table'];
  if (kind === 'line' || kind === 'timeline') return ['chart', 'table'];
  return areProvinces(labels) ? ['chart', 'table', 'map'] : ['chart', 'table'];
}

/** Which rows can be selected (a single series over time has none: it offers a time range). */
export function selectable(kind: FigureKind): boolean {
  return kind !== 'line' && kind !== 'timeline';
}

/** The label a value in a link means: the label itself, or the same province by another name (浙江 → 浙江省). */
export function matchLabel(value: string, labels: readonly string[]): string | undefined {
  if (labels.includes(value)) return value;
  const p = findProvince(value);
  return p ? labels.find((l) => findProvince(l) === p) : undefined;
}

/** The view a query string asks for; anything it cannot mean is left out, so a stale link still opens. */
export function readViewState(
  search: string,
  o: { tabs: readonly FigureTab[]; labels: readonly string[]; times?: readonly string[] },
): ViewState {
  const q = new URLSearchParams(search);
  const tab = o.tabs.find((t) => t === q.get('tab')) ?? o.tabs[0]!;
  const sel = [
    ...new Set(
      (q.get('sel') ?? '')
        .split(',')
        .map((s) => matchLabel(s.trim(), o.labels))
        .filter((s): s is string => !!s),
    ),
  ];
  const times = o.times ?? [];
  let from = times.includes(q.get('from') ?? '') ? q.get('from')! : undefined;
  let to = times.includes(q.get('to') ?? '') ? q.get('to')! : undefined;
  if (from && to && times.indexOf(from) > times.indexOf(to)) [from, to] = [to, from];
  return { tab, sel: o.labels.filter((l) => sel.includes(l)), from, to };
}

/** The query string of a view ('' for the default one), in a fixed order so equal views share a link. */
export function writeViewState(s: ViewState, o: { tabs: readonly FigureTab[]; times?: readonly string[] }): string {
  const q = new URLSearchParams();
  if (s.tab !== o.tabs[0]) q.set('tab', s.tab);
  if (s.sel.length) q.set('sel', s.sel.join(','));
  if (s.from && s.from !== o.times?.[0]) q.set('from', s.from);
  if (s.to && s.to !== o.times?.at(-1)) q.set('to', s.to);
  const text = q.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** The rows a view shows: the selected ones (all when none is), within the time range. */
export function rowsInView<R>(
  rows: readonly R[],
  label: (r: R) => string,
  s: ViewState,
  times?: readonly string[],
): R[] {
  const lo = s.from && times ? times.indexOf(s.from) : 0;
  const hi = s.to && times ? times.indexOf(s.to) : Infinity;
  return rows.filter((r) => {
    const l = label(r);
    if (s.sel.length && !s.sel.includes(l)) return false;
    if (!times) return true;
    const i = times.indexOf(l);
    return i < 0 || (i >= lo && i <= hi);
  });
}
