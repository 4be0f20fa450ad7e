// Chart axes: how many ticks fit, where they fall, and their text.
import { formatNumber } from '../datasets/format.ts';

/** Pixels each tick label needs, by axis: numbers under bars, the narrower dot plot, years and months. */
export const TICK_SPACING = { bars: 70, dots: 60, time: 80 } as const;

/** How many ticks fit `span` pixels at one per `spacing` pixels: at least 2, at most `most`. */
export function tickCount(span: number, spacing: number, most: number): number {
  return Math.max(2, Math.min(most, Math.floor(span / spacing)));
}

/** Axis ticks' text: as many decimals as their step needs (0.001, 0.002 …), 万/亿 once they reach 100,000. */
export function formatTicks(ticks: readonly number[]): (t: number) => string {
  const max = Math.max(0, ...ticks.map(Math.abs));
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : max || 1;
  if (max >= 1e5) {
    // Enough fractional digits of the unit (万, 亿, 万亿) for neighbouring ticks to differ.
    const unit = max >= 1e12 ? 1e12 : max >= 1e8 ? 1e8 : 1e4;
    const digits = Math.max(0, Math.min(3, Math.ceil(-Math.log10(step / unit) - 1e-9)));
    const f = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: digits });
    return (t) => f.format(t);
  }
  const digits = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return (t) => formatNumber(t, digits);
}

/** The ticks of a linear scale laid over `span` pixels (one per `spacing`, at most `most`), with their text. */
export function linearTicks(
  scale: { ticks(count: number): number[] },
  span: number,
  spacing: number,
  most: number,
): { values: number[]; text: (t: number) => string } {
  const values = scale.ticks(tickCount(span, spacing, most));
  return { values, text: formatTicks(values) };
}
