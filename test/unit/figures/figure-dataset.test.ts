import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { datasetZip, loadDataPackage } from '../../../src/lib/datasets/index.ts';
import { collectFigures } from '../../../src/lib/figures/collect-figures.ts';
import { figureDataset } from '../../../src/lib/figures/figure-dataset.ts';
import { renderFigure } from '../../../src/lib/figures/render-figure.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(
  JSON.parse(readFileSync('test/fixtures/frictionless-profiles/tabular-data-package.json', 'utf8')) as object,
);
const edition = checkContent('.').editions.find((e) => e.year === 2018)!;
const { figures } = collectFigures(edition, loadDataPackage('.', 2018).datasets);
const context = {
  edition: { year: 2018, title: '特色小镇智慧运营报告（2018）', series: '特色小镇蓝皮书' },
  url: 'https://bluebook.example.org/2018/figures/x/',
  citation: { gbt7714: '特色小镇蓝皮书数字版. 图[M/OL].', apa: '特色小镇蓝皮书数字版. (2018).' },
  date: new Date('2018-01-01T00:00:00Z'),
};

describe('figureDataset(figure) in a zip', () => {
  it('covers the 2018 figures', () => expect(figures.length).toBeGreaterThan(3));
  for (const f of figures)
    it(`${f.spec.id}: the table the figure shows, its provenance, a descriptor the official profile accepts`, async () => {
      const table = renderFigure(f.spec, f.rows, f.dataset.resource.schema.fields).table;
      const dataset = figureDataset({ ...f, rendered: { table } });
      const zip = await JSZip.loadAsync(await datasetZip(dataset, context));
      const csv = (await zip.file('data.csv')!.async('string')).slice(1).trim().split('\n');
      expect(csv).toHaveLength(table.rows.length + 1);
      expect(csv[0]!.split(',')).toEqual(table.columns);
      const descriptor = JSON.parse(await zip.file('datapackage.json')!.async('string'));
      const errors = validate(descriptor) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);
      expect(errors).toEqual([]);
      const resource = descriptor.resources[0];
      expect(resource.sources).toEqual(f.dataset.resource.sources);
      expect(resource.licenses).toEqual(f.dataset.resource.licenses);
      // Summed by a column: computed from the dataset; otherwise its rows as they are, with its status.
      if (f.spec.groupBy && f.dataset.resource.status !== 'illustrative') {
        expect(resource.status).toBe('derived');
        expect(resource.description).toContain(`由2018年版数据集 ${f.dataset.resource.name}`);
      } else expect(resource.status).toBe(f.dataset.resource.status);
      expect(await zip.file('README.md')!.async('string')).toContain(`${f.number} ${f.spec.title}`);
    });
});
