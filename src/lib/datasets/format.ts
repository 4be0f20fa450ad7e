/** A number the Chinese way: thousands separators, at most `digits` decimals (1,000; 50.39). */
export function formatNumber(value: number, digits = 2, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
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
