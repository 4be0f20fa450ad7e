/** One built page of each type, the set every browser suite walks. */
export const pageTypes = {
  'site home': '/',
  'edition home': '/2018/',
  'chapter with text': '/2018/b1/',
  'chapter without text': '/2018/b5/',
  'committee': '/2018/committee/',
  'contributors': '/2018/contributors/',
  'abstract': '/2018/abstract/',
  'preface': '/2018/preface/',
  'imprint': '/2018/imprint/',
  'case list': '/2018/cases/',
  'case study': '/2018/cases/yuhuangshannan/',
  'data catalogue': '/2018/data/',
  'dataset': '/2018/data/towns-2016-batch1/',
  'English interface: edition home': '/en/2018/',
  'English interface: chapter': '/en/2018/b1/',
} as const;
