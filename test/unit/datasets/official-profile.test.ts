// Every descriptor in the repository is a valid Data Package by the standard's own JSON Schemas
// (v1 profiles, copied from the npm package `datapackage`, see the fixture's SOURCE.md).
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';

const profile = (name: string) =>
  JSON.parse(readFileSync(`test/fixtures/frictionless-profiles/${name}.json`, 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = {
  'data-package': ajv.compile(profile('data-package')),
  'tabular-data-package': ajv.compile(profile('tabular-data-package')),
};
const descriptors = ['data/2018/datapackage.json', 'test/fixtures/editions/data-2019/datapackage.json'];
const errorsOf = (name: keyof typeof validators, data: unknown) =>
  validators[name](data) ? [] : validators[name].errors!.map((e) => `${e.instancePath} ${e.message}`);

describe('official Data Package profiles', () => {
  for (const file of descriptors) {
    for (const name of Object.keys(validators) as (keyof typeof validators)[]) {
      it(`${file} is a valid ${name}`, () => {
        expect(errorsOf(name, JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
      });
    }
  }

  it('refuses what Bluebook once wrote: a title as an object', () => {
    const d = JSON.parse(readFileSync(descriptors[0]!, 'utf8')) as { resources: { title: unknown }[] };
    d.resources[0]!.title = { zh: '标题', en: 'Title' };
    expect(errorsOf('data-package', d)).toContain('/resources/0/title must be string');
  });
});
