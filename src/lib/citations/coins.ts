import type { CslItem, CslName } from './work.ts';

const nameText = (n: CslName) => ('literal' in n ? n.literal : [n.family, n.given].filter(Boolean).join(', '));

/**
 * COinS (OpenURL ContextObject in a span's title, Z39.88-2004): what Zotero's page reader and
 * other reference managers take from a page with no citation_* tags. A chapter or figure is a
 * part of a book (bookitem); the edition is a book.
 */
export function coins(item: CslItem): string {
  const part = item.type !== 'book';
  const year = item.issued?.['date-parts'][0]?.[0];
  const kev: [string, string | undefined][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
    ['rft.genre', part ? 'bookitem' : 'book'],
    ...(part
      ? [
          ['rft.atitle', item.title] as [string, string],
          ['rft.btitle', item['container-title']] as [string, string | undefined],
        ]
      : [['rft.btitle', item.title] as [string, string]]),
    ...(item.author ?? []).map((a): [string, string] => ['rft.au', nameText(a)]),
    ['rft.pub', item.publisher],
    ['rft.place', item['publisher-place']],
    ['rft.date', year === undefined ? undefined : String(year)],
    ['rft.isbn', item.ISBN],
    ['rft.spage', item.page],
    ['rft_id', item.URL],
  ];
  return kev
    .filter((kv): kv is [string, string] => kv[1] !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
}
