import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type Cbor } from '../../../src/lib/search/cbor.ts';
import { canonicalIndex } from '../../../src/lib/search/canonical-index.ts';

const file = (value: Cbor) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encodeCbor(value)]));
const read = (bytes: Uint8Array) => decodeCbor(gunzipSync(bytes).subarray(12));

describe('decodeCbor(encodeCbor(value))', () => {
  it('round-trips what Pagefind writes: integers of every width, text, bytes, arrays, maps, simple values', () => {
    const v: Cbor = [
      '1.5.2',
      [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 + 5],
      '区块链',
      new Uint8Array([1, 2]),
      new Map<Cbor, Cbor>([['k', [true, false, null]]]),
    ];
    expect(decodeCbor(encodeCbor(v))).toEqual(v);
  });
});

describe('canonicalIndex(files)', () => {
  // The same index written twice with its hash maps in different orders.
  const build = (order: 0 | 1) => {
    const values: Cbor[] = [
      ['浙江', [1, 2]],
      ['江苏', [3]],
    ];
    const filter = file(['province', order ? values : [...values].reverse()]);
    const kind = file(['kind', [['章节', [1]]]]);
    const filters: Cbor[] = [
      ['province', `und_${order ? 'aaaaaaa' : 'bbbbbbb'}`],
      ['kind', 'und_ccccccc'],
    ];
    const meta = file(['1.5.2', [['und_page1', 10]], [], order ? filters : [...filters].reverse(), [], ['title']]);
    const entry = JSON.stringify({
      version: '1.5.2',
      languages: { und: { hash: `und_${order ? '11111111111' : '22222222222'}`, wasm: null, page_count: 1 } },
    });
    return [
      { path: `filter/und_${order ? 'aaaaaaa' : 'bbbbbbb'}.pf_filter`, content: filter },
      { path: 'filter/und_ccccccc.pf_filter', content: kind },
      { path: `pagefind.und_${order ? '11111111111' : '22222222222'}.pf_meta`, content: meta },
      { path: 'pagefind-entry.json', content: new TextEncoder().encode(entry) },
      { path: 'fragment/und_x.pf_fragment', content: new Uint8Array([9]) },
    ];
  };
  it('gives byte-identical files, with the same names, whatever order Pagefind wrote', () => {
    const a = canonicalIndex(build(0));
    const b = canonicalIndex(build(1));
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    a.forEach((f, i) => expect(Buffer.from(f.content).equals(Buffer.from(b[i]!.content))).toBe(true));
  });
  it('keeps the index readable: the metadata names the rewritten filter files, the entry names the metadata', () => {
    const out = canonicalIndex(build(0));
    const meta = out.find((f) => f.path.endsWith('.pf_meta'))!;
    const filters = (read(meta.content) as Cbor[])[3] as [string, string][];
    expect(filters.map(([n]) => n)).toEqual(['kind', 'province']);
    for (const [, name] of filters) expect(out.some((f) => f.path === `filter/${name}.pf_filter`)).toBe(true);
    expect(
      read(
        out.find(
          (f) =>
            f.path.includes('province') ||
            (f.path.startsWith('filter/') && (read(f.content) as Cbor[])[0] === 'province'),
        )!.content,
      ),
    ).toEqual([
      'province',
      [
        ['江苏', [3]],
        ['浙江', [1, 2]],
      ],
    ]);
    const entry = JSON.parse(new TextDecoder().decode(out.find((f) => f.path === 'pagefind-entry.json')!.content));
    expect(`pagefind.${entry.languages.und.hash}.pf_meta`).toBe(meta.path);
    expect(out.find((f) => f.path === 'fragment/und_x.pf_fragment')).toBeDefined();
  });
});
