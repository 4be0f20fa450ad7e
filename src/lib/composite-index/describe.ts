import type { UiKey } from '../i18n/ui.ts';
import type { Excluded } from './missing.ts';
import type { RankingNote } from './compute.ts';
import type { MethodChange } from './change.ts';
import type { ChangeSplit, EntitySplit, PartName } from './split-change.ts';

type Tt = (key: UiKey, vars?: Record<string, string | number>) => string;
type Fmt = (x: number, digits?: number) => string;

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A computation note in the page's language. */
export function noteText(note: RankingNote, tt: Tt, indicatorName: (id: string) => string, fmt: Fmt): string {
  const t = tt;
  const indicator = note.indicator ? indicatorName(note.indicator) : '';
  switch (note.key) {
    case 'flat':
      return t('rankings.note.flat', { indicator, value: fmt(note.value ?? NaN, 3) });
    case 'shift':
      return t('rankings.note.shift', { value: fmt(note.value ?? NaN, 3) });
    case 'winsorised':
      return t('rankings.note.winsorised', {
        indicator,
        count: note.count ?? 0,
        entities: (note.entities ?? []).join('、'),
      });
    default:
      return t('rankings.note.stillOutlying', { indicator, count: note.count ?? 0 });
  }
}

/** Why an entity is not ranked, in the page's language. */
export function excludedText(x: Excluded, minCoverage: number, tt: Tt): string {
  const t = tt;
  return t('rankings.excludedReason', { have: x.have, of: x.of, pct: pct(x.coverage), min: pct(minCoverage) });
}

/** A difference between two editions' methods, in the page's language. */
export function methodChangeText(
  c: MethodChange,
  tt: Tt,
  name: (kind: MethodChange['kind'], id: string) => string,
): string {
  if (c.kind !== 'setting')
    return tt(`rankings.methodChange.${c.kind}.${c.change}` as UiKey, { what: name(c.kind, c.id) });
  // A method name reads as the page's word for it; a number or a word as written; anything larger is just "changed".
  const value = (json: string | undefined) => {
    const v: unknown = json === undefined ? undefined : JSON.parse(json);
    if (
      typeof v === 'string' &&
      ['minmax', 'zscore', 'rank', 'target', 'goalposts', 'arithmetic', 'geometric', 'harmonic', 'minimum'].includes(v)
    )
      return tt(`rankings.name.${v}` as UiKey);
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  };
  const [from, to] = [value(c.from), value(c.to)];
  const what = tt(`rankings.setting.${c.id}` as UiKey);
  return from !== undefined && to !== undefined
    ? tt('rankings.methodChange.setting.changed', { what, from, to })
    : tt('rankings.methodChange.setting.other', { what });
}

/** A move in rank as readers see it: ↑30, ↓1, or 0. */
export const rankMove = (n: number) => (n > 0 ? `↑${n}` : n < 0 ? `↓${-n}` : '0');

/** "方法 0 · 修订 ↑30 · 实际 ↓1": an entity's rank change part by part (— where it is missing from a step). */
export function splitText(e: EntitySplit, names: readonly PartName[], tt: Tt): string {
  return names
    .map((name, k) => {
      const move = e.parts[k]?.rank;
      return `${tt(`rankings.split.${name}`)} ${move === undefined ? '—' : rankMove(move)}`;
    })
    .join(' · ');
}

const STEPS = ['', 'method', 'revision', 'real'] as const;

/** Where an entity enters or leaves the steps of a change ("in the data from the revision step on"), or ''. */
export function stepNote(e: EntitySplit, tt: Tt): string {
  if (e.entersAt) return tt('rankings.split.entersAt', { step: tt(`rankings.split.${STEPS[e.entersAt]}`) });
  if (e.leavesAt) return tt('rankings.split.leavesAt', { step: tt(`rankings.split.${STEPS[e.leavesAt]}`) });
  return '';
}

/** The entities that moved most by real change, up and down (at most `n` each, none that did not move). */
export function realMovers(split: ChangeSplit, n = 5): { up: EntitySplit[]; down: EntitySplit[] } {
  const real = split.partNames.indexOf('real');
  if (real < 0) return { up: [], down: [] };
  const moved = split.entities.filter((e) => e.change !== undefined && e.parts[real]!.rank);
  const by = (sign: number) =>
    moved
      .filter((e) => Math.sign(e.parts[real]!.rank!) === sign)
      .sort((a, b) => sign * (b.parts[real]!.rank! - a.parts[real]!.rank!))
      .slice(0, n);
  return { up: by(1), down: by(-1) };
}
