/** China's province-level units with the tile each takes in the tile-grid map (column, row). */
export interface Province {
  short: string;
  full: string;
  en: string;
  col: number;
  row: number;
}

// A grid that keeps neighbours roughly where they are on a map: one equal square per unit.
export const provinces: readonly Province[] = [
  { short: '黑龙江', full: '黑龙江省', en: 'Heilongjiang', col: 7, row: 0 },
  { short: '新疆', full: '新疆维吾尔自治区', en: 'Xinjiang', col: 1, row: 1 },
  { short: '兵团', full: '新疆生产建设兵团', en: 'XPCC', col: 0, row: 1 },
  { short: '内蒙古', full: '内蒙古自治区', en: 'Inner Mongolia', col: 4, row: 1 },
  { short: '北京', full: '北京市', en: 'Beijing', col: 5, row: 1 },
  { short: '吉林', full: '吉林省', en: 'Jilin', col: 7, row: 1 },
  { short: '甘肃', full: '甘肃省', en: 'Gansu', col: 2, row: 2 },
  { short: '宁夏', full: '宁夏回族自治区', en: 'Ningxia', col: 3, row: 2 },
  { short: '山西', full: '山西省', en: 'Shanxi', col: 4, row: 2 },
  { short: '河北', full: '河北省', en: 'Hebei', col: 5, row: 2 },
  { short: '天津', full: '天津市', en: 'Tianjin', col: 6, row: 2 },
  { short: '辽宁', full: '辽宁省', en: 'Liaoning', col: 7, row: 2 },
  { short: '西藏', full: '西藏自治区', en: 'Tibet', col: 1, row: 3 },
  { short: '青海', full: '青海省', en: 'Qinghai', col: 2, row: 3 },
  { short: '陕西', full: '陕西省', en: 'Shaanxi', col: 3, row: 3 },
  { short: '河南', full: '河南省', en: 'Henan', col: 4, row: 3 },
  { short: '山东', full: '山东省', en: 'Shandong', col: 5, row: 3 },
  { short: '四川', full: '四川省', en: 'Sichuan', col: 2, row: 4 },
  { short: '重庆', full: '重庆市', en: 'Chongqing', col: 3, row: 4 },
  { short: '湖北', full: '湖北省', en: 'Hubei', col: 4, row: 4 },
  { short: '安徽', full: '安徽省', en: 'Anhui', col: 5, row: 4 },
  { short: '江苏', full: '江苏省', en: 'Jiangsu', col: 6, row: 4 },
  { short: '上海', full: '上海市', en: 'Shanghai', col: 7, row: 4 },
  { short: '云南', full: '云南省', en: 'Yunnan', col: 2, row: 5 },
  { short: '贵州', full: '贵州省', en: 'Guizhou', col: 3, row: 5 },
  { short: '湖南', full: '湖南省', en: 'Hunan', col: 4, row: 5 },
  { short: '江西', full: '江西省', en: 'Jiangxi', col: 5, row: 5 },
  { short: '浙江', full: '浙江省', en: 'Zhejiang', col: 6, row: 5 },
  { short: '广西', full: '广西壮族自治区', en: 'Guangxi', col: 3, row: 6 },
  { short: '广东', full: '广东省', en: 'Guangdong', col: 4, row: 6 },
  { short: '福建', full: '福建省', en: 'Fujian', col: 5, row: 6 },
  { short: '台湾', full: '台湾省', en: 'Taiwan', col: 6, row: 6 },
  { short: '海南', full: '海南省', en: 'Hainan', col: 3, row: 7 },
  { short: '香港', full: '香港特别行政区', en: 'Hong Kong', col: 4, row: 7 },
  { short: '澳门', full: '澳门特别行政区', en: 'Macao', col: 5, row: 7 },
];

const byName = new Map<string, Province>();
for (const p of provinces) {
  byName.set(p.short, p);
  byName.set(p.full, p);
  byName.set(p.en.toLowerCase(), p);
}
byName.set('内蒙', byName.get('内蒙古')!);
byName.set('新疆兵团', byName.get('兵团')!);

/** The unit a name refers to, accepting short, full and English names (内蒙古 / 内蒙古自治区); null if unknown. */
export function findProvince(name: string): Province | null {
  const key = name.trim();
  return byName.get(key) ?? byName.get(key.toLowerCase()) ?? null;
}
