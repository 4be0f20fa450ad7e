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
