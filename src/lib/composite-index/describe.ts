import type { UiKey } from '../i18n/ui.ts';
import type { Excluded } from './missing.ts';
import type { RankingNote } from './compute.ts';
import type { MethodChange } from './change.ts';

type Tt = (key: UiKey, vars?: Record<string, string | number>) => string;
type Fmt = (x: number, digits?: number) => string;

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A computation note in the page's language. */
export function noteText(note: RankingNote, tt: Tt, indicatorName: (id: string) => string, fmt: Fmt): string {
  const t = tt;
  const indicator = note.indicator ? indicatorName(note.indicator) : '';
  switch (note.key) {
    case 'flat': return t('rankings.note.flat', { indicator, value: fmt(note.value ?? NaN, 3) });
    case 'shift': return t('rankings.note.shift', { value: fmt(note.value ?? NaN, 3) });
    case 'winsorised': return t('rankings.note.winsorised', { indicator, count: note.count ?? 0, entities: (note.entities ?? []).join('、') });
    default: return t('rankings.note.stillOutlying', { indicator, count: note.count ?? 0 });
  }
}

/** Why an entity is not ranked, in the page's language. */
export function excludedText(x: Excluded, minCoverage: number, tt: Tt): string {
  const t = tt;
  return t('rankings.excludedReason', { have: x.have, of: x.of, pct: pct(x.coverage), min: pct(minCoverage) });
}

/** A difference between two editions' methods, in the page's language. */
export function methodChangeText(c: MethodChange, tt: Tt, name: (kind: MethodChange['kind'], id: string) => string): string {
  const what = c.kind === 'setting' ? c.id : name(c.kind, c.id);
  return tt(`rankings.methodChange.${c.kind}.${c.change}` as UiKey, { what, from: c.from ?? '', to: c.to ?? '' });
}
