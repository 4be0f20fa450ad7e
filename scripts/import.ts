// npm run import -- <chapter.docx> --edition 2018 --code B.3 --part topics [--force]
// A Word manuscript becomes content/<year>/chapters/<code>.mdx, its tables CSV datasets with
// descriptor stubs, its pictures files in public/images/<year>/; a report says what is left to do.
import { parseArgs } from 'node:util';
import { importChapter, writeStaged } from '../src/lib/manuscripts/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    edition: { type: 'string' },
    code: { type: 'string' },
    part: { type: 'string' },
    force: { type: 'boolean' },
  },
});
const missing = [
  !positionals[0] && '<chapter.docx>',
  !values.edition && '--edition <year>',
  !values.code && '--code B.n',
  !values.part && '--part <part id>',
].filter(Boolean);
if (missing.length) {
  console.error(
    `usage: npm run import -- <chapter.docx> --edition <year> --code B.3 --part <part id>\nmissing: ${missing.join(', ')}`,
  );
  process.exit(2);
}
const root = process.cwd();
const result = await importChapter({
  root,
  file: positionals[0]!,
  year: Number(values.edition),
  code: values.code!,
  part: values.part!,
  force: values.force ?? false,
});
if (result.error) {
  console.error(`✗ ${result.error}\nNothing was written.`);
  process.exit(1);
}
// All or nothing: an import that fails halfway leaves content/ as it was.
writeStaged(root, result.files);
console.log(`✓ ${result.summary}`);
for (const path of result.files.keys()) console.log(`  wrote ${path}`);
if (result.notes.length) {
  console.log('\nNot carried over as it was (check these in the .mdx):');
  for (const n of result.notes) console.log(`  ${n.place}  ${n.what}`);
}
if (result.todo.length) {
  console.log('\nBefore the chapter can be published, fill in (npm run check lists them too):');
  for (const t of result.todo) console.log(`  ${t}`);
}
