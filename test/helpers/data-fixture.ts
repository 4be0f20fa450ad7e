// Write a tiny data/<year>/ folder (descriptor + CSVs) into a temporary project for a test.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const towns = {
  name: 'towns',
  path: 'towns.csv',
  title: '测试小镇',
  description: '测试数据（不是真实数据）',
  schema: {
    fields: [
      { name: 'province', type: 'string', constraints: { required: true } },
      { name: 'type', type: 'string', constraints: { enum: ['旅游发展型', '历史文化型'] } },
      { name: 'count', type: 'integer', constraints: { minimum: 0 } },
      { name: 'share', type: 'number' },
    ],
    primaryKey: 'province',
  },
  sources: [{ title: '测试' }],
  licenses: [{ name: 'CC0-1.0' }],
  status: 'illustrative',
};

/** A project folder holding data/2030/datapackage.json with `resources` (and the package keys `meta`) and the given files. */
export function dataProject(
  resources: object[],
  files: Record<string, string | Uint8Array>,
  meta: object = {},
): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bluebook-data-'));
  const data = join(dir, 'data/2030');
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, 'datapackage.json'), JSON.stringify({ name: 'test', ...meta, resources }, null, 2));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(data, name, '..'), { recursive: true });
    writeFileSync(join(data, name), body);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
