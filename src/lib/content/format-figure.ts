/** A date as printed in the report: 2017-12 → 2017年12月 (or Dec 2017 in English). */
export function formatMonth(date: string, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (locale === 'en') {
    const month = m
      ? new Date(Date.UTC(y!, m - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })
      : '';
    return [d, month, y].filter(Boolean).join(' ');
  }
  return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
}
