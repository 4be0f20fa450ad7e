// npm run new-report -- <folder> --title "…" --series "…" --year 2025 [--language en|zh-CN]
//   [--editor "Name" …] [--publisher "…"] [--place "…"]
// Starts another report series in its own folder: the engine, an empty first edition, two commands.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ReportError, scaffoldReport } from '../src/lib/editions/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    series: { type: 'string' },
    year: { type: 'string' },
    language: { type: 'string', default: 'zh-CN' },
    editor: { type: 'string', multiple: true },
    publisher: { type: 'string' },
    place: { type: 'string' },
  },
});
const missing = [
  !positionals[0] && '<folder>',
  !values.title && '--title',
  !values.series && '--series',
  !values.year && '--year',
].filter(Boolean);
if (missing.length || !['en', 'zh-CN'].includes(values.language!)) {
  console.error(
    'usage: npm run new-report -- <folder> --title "Annual Report on …" --series "… Blue Book" --year 2025 [--language en|zh-CN] [--editor "Name"] [--publisher "…"] [--place "…"]',
  );
  if (missing.length) console.error(`missing: ${missing.join(', ')}`);
  process.exit(2);
}
try {
  const dir = resolve(positionals[0]!);
  const r = scaffoldReport({
    dir,
    engine: resolve(import.meta.dirname, '..'),
    title: values.title!,
    series: values.series!,
    year: Number(values.year),
    language: values.language as 'en' | 'zh-CN',
    editors: values.editor?.length ? values.editor : [values.language === 'en' ? 'Editor to be named' : '主编待定'],
    publisher: values.publisher ?? (values.language === 'en' ? 'Publisher to be named' : '出版者待定'),
    place: values.place,
  });
  console.log(`✓ ${values.series}: a new report in ${dir} (${r.written.length} files and folders)`);
  console.log('\nNext:');
  r.nextSteps.forEach((s, i) => console.log(`  ${i + 1}. ${s}`));
} catch (e) {
  if (e instanceof ReportError) {
    console.error(`✗ ${e.message}`);
    process.exit(1);
  }
  throw e;
}
