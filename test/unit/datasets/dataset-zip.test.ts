import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { datasetZip, loadDataPackage } from '../../../src/lib/datasets/index.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
const profile = (name: string) =>
  JSON.parse(readFileSync(`test/fixtures/frictionless-profiles/${name}.json`, 'utf8')) as object;
const validate = ajv.compile(profile('tabular-data-package'));
const datasets = loadDataPackage('.', 2018).datasets;
const context = {
  edition: { year: 2018, title: '特色小镇智慧运营报告（2018）', series: '特色小镇蓝皮书' },
  url: 'https://bluebook.example.org/2018/data/towns-2016-batch1/',
  citation: { gbt7714: '特色小镇蓝皮书数字版. 第一批[DS/OL].', apa: '特色小镇蓝皮书数字版. (2018).' },
  date: new Date('2018-01-01T00:00:00Z'),
};

describe('datasetZip(dataset, context)', () => {
  for (const dataset of datasets)
    it(`${dataset.resource.name}: data.csv, a datapackage.json the official profile accepts, and a README`, async () => {
      const zip = await JSZip.loadAsync(await datasetZip(dataset, context));
      expect(Object.keys(zip.files).sort()).toEqual(['README.md', 'data.csv', 'datapackage.json']);
      const csv = await zip.file('data.csv')!.async('string');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.trim().split('\n')).toHaveLength(dataset.rows.length + 1);
      const descriptor = JSON.parse(await zip.file('datapackage.json')!.async('string'));
      const errors = validate(descriptor) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);
      expect(errors).toEqual([]);
      expect(descriptor.resources).toHaveLength(1);
      expect(descriptor.resources[0].status).toBe(dataset.resource.status);
      const readme = await zip.file('README.md')!.async('string');
      for (const said of [dataset.resource.title.zh, context.url, 'GB/T 7714:', 'APA:', '2018'])
        expect(readme).toContain(said);
      for (const s of dataset.resource.sources) expect(readme).toContain(s.title ?? '');
    });

  it('gives the same bytes each time', async () => {
    const d = datasets[0]!;
    expect(Buffer.from(await datasetZip(d, context)).equals(Buffer.from(await datasetZip(d, context)))).toBe(true);
  });
});
