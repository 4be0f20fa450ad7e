import { readFileSync } from 'node:fs';
import { readManuscript } from './src/lib/manuscripts/docx-to-chapter.ts';
import { unsupportedElements } from './src/lib/manuscripts/inspect-docx.ts';
for (const f of ['/tmp/full.docx', '/tmp/awk.docx']) {
  const b = readFileSync(f);
  const m = await readManuscript(b);
  console.log(JSON.stringify({ ...m, images: m.images.map((i) => ({ ...i, bytes: i.bytes.length })) }, null, 1));
  console.log(await unsupportedElements(b));
}
