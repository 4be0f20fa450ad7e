import type { Mark } from './marks.ts';
import type { FigureKind } from './spec.ts';

/** A one-sentence text summary of what a chart shows, for screen readers, alt text and search. */
export function summarise(kind: FigureKind, marks: readonly Mark[], lang: 'zh' | 'en' = 'zh'): string {
  const known = marks.filter((m) => m.value !== null);
  // Tiles of a unit known only as a total (陕西+宁夏) are not "no data": say what is known.
  const combined = [...new Set(marks.map((m) => (m as { combined?: string }).combined).filter(Boolean))] as string[];
  const combinedDisplays = combined.map(
    (name) => marks.find((m) => (m as { combined?: string }).combined === name)!.display,
  );
  const none = marks.length - known.length - marks.filter((m) => (m as { combined?: string }).combined).length;
  if (!known.length && kind !== 'timeline') return lang === 'zh' ? '没有可显示的数据。' : 'No data to show.';
  const max = Math.max(...known.map((m) => m.value!));
  const tops = known.filter((m) => m.value === max);
  const topText = tops.map((m) => m.label).join(lang === 'zh' ? '、' : ', ');
  if (kind === 'line') {
    const [first, last] = [known[0]!, known.at(-1)!];
    return lang === 'zh'
      ? `${first.label}为${first.display}，${last.label}为${last.display}。`
      : `${first.display} in ${first.label}; ${last.display} in ${last.label}.`;
  }
  if (kind === 'table') return lang === 'zh' ? `共${marks.length}行。` : `${marks.length} rows.`;
  if (kind === 'timeline')
    return lang === 'zh'
      ? `${marks.length}个事件，自${marks[0]?.label ?? ''}至${marks.at(-1)?.label ?? ''}。`
      : `${marks.length} events, ${marks[0]?.label ?? ''} to ${marks.at(-1)?.label ?? ''}.`;
  if (kind === 'slope')
    return (
      marks.map((m) => `${m.label}：${m.display}`).join(lang === 'zh' ? '；' : '; ') + (lang === 'zh' ? '。' : '.')
    );
  const unitWord = kind === 'map' ? (lang === 'zh' ? '个省份' : ' provinces') : lang === 'zh' ? '项' : ' items';
  const zhTotals = combinedDisplays.map((d) => `；${d.replace('合计', '只有合计数：')}`).join('');
  const zh = `${topText}最多，${tops[0]!.display}${zhTotals}${none ? `；${none}${unitWord}无数据` : ''}。`;
  const enTotals = combined.map((c) => `; ${c} are known only as a total`).join('');
  const en =
    `${topText} ${tops.length > 1 ? 'have' : 'has'} the most ` +
    `(${tops[0]!.display})${enTotals}${none ? `; no data for ${none}${unitWord}` : ''}.`;
  return lang === 'zh' ? zh : en;
}
