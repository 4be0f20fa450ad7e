// The official CSL styles an edition may declare for its citations (vendored in src/lib/citations/csl/).

/** Styles by their CSL id, with the name a reader knows them by. */
export const citationStyles = {
  'china-national-standard-gb-t-7714-2015-numeric': { label: 'GB/T 7714-2015（顺序编码制）', locale: 'zh-CN' },
  'china-national-standard-gb-t-7714-2015-author-date': { label: 'GB/T 7714-2015（著者-出版年制）', locale: 'zh-CN' },
  apa: { label: 'APA 7', locale: 'en-US' },
  'chicago-author-date': { label: 'Chicago (author-date)', locale: 'en-US' },
  'modern-language-association': { label: 'MLA 9', locale: 'en-US' },
} as const;
export type CitationStyle = keyof typeof citationStyles;
export const citationStyleIds = Object.keys(citationStyles) as [CitationStyle, ...CitationStyle[]];
