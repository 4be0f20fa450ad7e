import JSZip from 'jszip';
import type { Dataset } from './dataset.ts';
import { toCsv } from './export.ts';

/** What a dataset's zip says about where it sits: the edition, its permanent address and how to cite it. */
export interface ZipContext {
  edition: { year: number; title: string; series: string };
  /** The dataset page's permanent address. */
  url: string;
  /** The reference in GB/T 7714 and in APA, as text. */
  citation: { gbt7714: string; apa: string };
  /** Every entry's date: the edition's, so two builds give the same bytes. */
  date: Date;
}

/** The Data Package of this one resource, as the zip holds it next to data.csv. */
export function zipDescriptor(dataset: Dataset, context: ZipContext): object {
  const r = dataset.resource;
  const { primaryKey, foreignKeys: _references, ...schema } = r.schema;
  return {
    profile: 'tabular-data-package',
    name: `${
      r.name
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-|-$/g, '') || 'dataset'
    }-${context.edition.year}`,
    title: r.title.zh,
    homepage: context.url,
    licenses: r.licenses,
    resources: [
      {
        name:
          r.name
            .toLowerCase()
            .replace(/[^a-z0-9._-]+/g, '-')
            .replace(/^-|-$/g, '') || 'data',
        path: 'data.csv',
        profile: 'tabular-data-resource',
        title: r.title.zh,
        ...(r.description ? { description: r.description } : {}),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: { ...schema, ...(primaryKey ? { primaryKey } : {}) },
        sources: r.sources,
        licenses: r.licenses,
        // Bluebook: published, derived or illustrative; what is known to be missing.
        status: r.status,
        ...(r.gaps.length ? { gaps: r.gaps } : {}),
      },
    ],
  };
}

/** README.md in Chinese and English: title, edition, source and its provider, licence, status, address, citation. */
export function zipReadme(dataset: Dataset, context: ZipContext): string {
  const r = dataset.resource;
  const sources = r.sources.map((s) => `- ${s.title ?? ''}${s.path ? ` <${s.path}>` : ''}`).join('\n');
  const licences = r.licenses.map((l) => `- ${l.title ?? l.name ?? ''}${l.path ? ` <${l.path}>` : ''}`).join('\n');
  const status = {
    published: ['已发表：原样取自所列来源', 'published: taken as it is from the sources listed'],
    derived: ['推算：由所列来源计算得出', 'derived: computed from the sources listed'],
    illustrative: ['示例：虚构或编造的数据，不是真实数据', 'illustrative: made-up data, not real figures'],
  }[r.status];
  return `# ${r.title.zh}${r.title.en ? ` / ${r.title.en}` : ''}

${context.edition.series} · ${context.edition.title}

| | |
| --- | --- |
| 版次 Edition | ${context.edition.year} |
| 状态 Status | ${status[0]} / ${status[1]} |
| 网址 Permanent URL | <${context.url}> |

## 来源 Sources

${sources || '-'}

## 许可 Licence

${licences || '-'}

## 引用 How to cite

GB/T 7714: ${context.citation.gbt7714}

APA: ${context.citation.apa}

## 文件 Files

- \`data.csv\`: 数据，UTF-8（带 BOM，Excel 可直接打开） / the data, UTF-8 with a byte-order mark
- \`datapackage.json\`: 数据包描述（Frictionless Data Package）/ the Data Package descriptor
`;
}

/** The dataset as a zip that explains itself: data.csv, datapackage.json and README.md, the same bytes every build. */
export async function datasetZip(dataset: Dataset, context: ZipContext): Promise<Uint8Array> {
  const zip = new JSZip();
  const options = { date: context.date, createFolders: false };
  zip.file('data.csv', toCsv(dataset), options);
  zip.file('datapackage.json', `${JSON.stringify(zipDescriptor(dataset, context), null, 2)}\n`, options);
  zip.file('README.md', zipReadme(dataset, context), options);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
