// Making an Intl.NumberFormat costs ~100× formatting with one: a build formats millions of numbers.
const formatters = new Map<string, Intl.NumberFormat>();

/** A number the Chinese way: thousands separators, at most `digits` decimals (1,000; 50.39). */
export function formatNumber(value: number, digits = 2, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const key = `${locale}:${digits}`;
  let f = formatters.get(key);
  if (!f)
    formatters.set(
      key,
      (f = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
        maximumFractionDigits: digits,
        minimumFractionDigits: 0,
      })),
    );
  return f.format(value);
}

/** A percentage with two decimals, as Chinese reports print it: 50.39%. */
export function formatPercent(value: number): string {
  return `${value.toFixed(2)}%`;
}

/**
 * The number a piece of text states: "127", "1,000个", "50.39%", "64 个". Returns null when
 * the text holds no number. Percent text gives the number before the sign.
 */
export function numberInText(text: string): number | null {
  const m = /[-+]?\d[\d,]*(?:\.\d+)?/.exec(text.replace(/\s+/g, ''));
  return m ? Number(m[0].replaceAll(',', '')) : null;
}

/** How many decimals a written number has: "50.39" → 2, "127" → 0. */
export function decimalsInText(text: string): number {
  const m = /\d\.(\d+)/.exec(text);
  return m ? m[1]!.length : 0;
}

/** Whether a written number agrees with a computed one, to the precision it was written with. */
export function agrees(written: number, computed: number, decimals: number): boolean {
  const scale = 10 ** decimals;
  return Math.round(computed * scale) === Math.round(written * scale);
}

const compact = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 });

/**
 * A value for a chart label: 万/亿/万亿 from a million up (25.74万亿, not 25,740,000,000,000),
 * three significant digits below 0.01 (0.00123), otherwise as `formatNumber`.
 */
export function formatValue(x: number): string {
  const a = Math.abs(x);
  if (a >= 1e6) return compact.format(x);
  if (a > 0 && a < 0.01) return String(Number(x.toPrecision(3)));
  return formatNumber(x);
}
