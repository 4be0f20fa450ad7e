// Pagefind 1.5 writes its filter index, and so the metadata file naming the filter files and the
// entry file naming that, in hash-map order, which changes from one run to the next: two builds of
// the same site differ in those files (upstream, to be reported: the order of filter values in
// .pf_filter and of filters in .pf_meta is not sorted). This puts them in a fixed order — values
// and filters sorted by name — and names each rewritten file by a hash of its new content, so two
// builds of the same site are byte-identical. Pagefind reads the files by the names the metadata
// gives, whatever the order inside.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type Cbor } from './cbor.ts';

export interface IndexFile {
  path: string;
  content: Uint8Array;
}

const MAGIC = new TextEncoder().encode('pagefind_dcd');
const read = (bytes: Uint8Array): Cbor => {
  const raw = gunzipSync(bytes);
  if (new TextDecoder().decode(raw.subarray(0, 12)) !== 'pagefind_dcd') throw new Error('not a Pagefind index file');
  return decodeCbor(raw.subarray(12));
};
const write = (value: Cbor): Uint8Array => {
  const body = encodeCbor(value);
  const raw = new Uint8Array(MAGIC.length + body.length);
  raw.set(MAGIC);
  raw.set(body, MAGIC.length);
  return gzipSync(raw, { level: 9 });
};
const hash = (bytes: Uint8Array, n: number) => createHash('sha256').update(bytes).digest('hex').slice(0, n);
const byFirst = (a: Cbor, b: Cbor) => String((a as Cbor[])[0]).localeCompare(String((b as Cbor[])[0]));

/** The index files with filter, metadata and entry files in a fixed order and named by their content. */
export function canonicalIndex(files: readonly IndexFile[]): IndexFile[] {
  const renamed = new Map<string, string>();
  const out: IndexFile[] = [];
  for (const f of files) {
    const m = /^filter\/([^/]+)_([0-9a-f]+)\.pf_filter$/.exec(f.path);
    if (!m) continue;
    const [name, values] = read(f.content) as [Cbor, Cbor[]];
    const content = write([name, [...values].sort(byFirst)]);
    const id = `${m[1]}_${hash(content, 7)}`;
    renamed.set(`${m[1]}_${m[2]}`, id);
    out.push({ path: `filter/${id}.pf_filter`, content });
  }
  const metaNames = new Map<string, string>();
  for (const f of files) {
    const m = /^pagefind\.([^/]+)_([0-9a-f]+)\.pf_meta$/.exec(f.path);
    if (!m) continue;
    const meta = read(f.content) as Cbor[];
    // [version, pages, index chunks, filters [[name, file]], sorts, meta fields]
    meta[3] = (meta[3] as Cbor[][]).map(([n, file]) => [n!, renamed.get(String(file)) ?? file!]).sort(byFirst);
    const content = write(meta);
    const id = `${m[1]}_${hash(content, 11)}`;
    metaNames.set(`${m[1]}_${m[2]}`, id);
    out.push({ path: `pagefind.${id}.pf_meta`, content });
  }
  for (const f of files) {
    if (/^filter\/.*\.pf_filter$|^pagefind\..*\.pf_meta$/.test(f.path)) continue;
    if (f.path === 'pagefind-entry.json') {
      const entry = JSON.parse(new TextDecoder().decode(f.content)) as { languages: Record<string, { hash: string }> };
      for (const lang of Object.values(entry.languages)) lang.hash = metaNames.get(lang.hash) ?? lang.hash;
      entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => a.localeCompare(b)));
      out.push({ path: f.path, content: new TextEncoder().encode(JSON.stringify(entry)) });
      continue;
    }
    out.push(f);
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}
