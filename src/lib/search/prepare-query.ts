// Reader queries as Pagefind needs them. Pagefind segments Chinese at index time; a query typed
// in traditional characters, with full-width Latin letters, or as a long phrase it cannot match
// whole, needs help first (Pagefind issues #659 and #987).

// Traditional → simplified, for the characters this kind of report is searched with.
const simplified: Record<string, string> = {
  鎮: '镇', 區: '区', 國: '国', 發: '发', 與: '与', 體: '体', 務: '务', 態: '态', 產: '产', 業: '业',
  經: '经', 濟: '济', 華: '华', 東: '东', 門: '门', 開: '开', 會: '会', 歷: '历', 築: '筑', 設: '设',
  計: '计', 運: '运', 營: '营', 報: '报', 告: '告', 數: '数', 據: '据', 雲: '云', 網: '网', 腦: '脑',
  擎: '擎', 標: '标', 準: '准', 構: '构', 資: '资', 訊: '讯', 權: '权', 專: '专', 輕: '轻', 廣: '广',
  陽: '阳', 陝: '陕', 寧: '宁', 遼: '辽', 貴: '贵', 魯: '鲁', 蘇: '苏', 廈: '厦', 島: '岛', 橫: '横',
  橋: '桥', 鄉: '乡', 縣: '县', 規: '规', 劃: '划', 質: '质', 點: '点', 類: '类', 型: '型', 農: '农',
  貿: '贸', 遊: '游', 醫: '医', 療: '疗', 創: '创', 新: '新', 鄰: '邻', 團: '团', 協: '协', 進: '进',
  連: '连', 灣: '湾', 樂: '乐', 長: '长', 歲: '岁', 萬: '万', 億: '亿', 電: '电', 車: '车', 號: '号',
  鐘: '钟', 錢: '钱', 銀: '银', 險: '险', 證: '证', 券: '券', 衛: '卫', 圖: '图', 書: '书', 藍: '蓝',
  皮: '皮', 慧: '慧', 聯: '联', 線: '线', 將: '将', 對: '对', 應: '应', 環: '环', 境: '境', 條: '条',
};

/** Synonyms readers use for the same thing; each query also finds the other form. */
const synonyms: [string, string][] = [
  ['住建部', '住房和城乡建设部'],
  ['发改委', '国家发改委'],
  ['智慧城镇', '智慧城市'],
];

/** Normalise a query: trim, full-width Latin and digits to half-width, traditional to simplified. */
export function normaliseQuery(query: string): string {
  return query
    .trim()
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[\u3400-\u9fff]/g, (c) => simplified[c] ?? c)
    .replace(/\s+/g, ' ');
}

/** Words of a Chinese phrase (Intl.Segmenter), for a second try when the phrase finds nothing. */
export function segmentQuery(query: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(query)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** The queries to try, in order: the normalised query, its synonyms, then its words. */
export function queryVariants(query: string): string[] {
  const q = normaliseQuery(query);
  if (!q) return [];
  const out = [q];
  for (const [a, b] of synonyms) {
    if (q.includes(a) && !q.includes(b)) out.push(q.replace(a, b));
    else if (q.includes(b)) out.push(q.replace(b, a));
  }
  const words = segmentQuery(q);
  if (words.length > 1) out.push(words.join(' '));
  return [...new Set(out)];
}
