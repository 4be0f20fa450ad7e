// npm run export -- pdf|epub|all --edition <year> [--no-build]: the command line of exportEdition
// (src/lib/export/export-edition.ts): the edition as PDF and EPUB in public/downloads/<year>/.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exportEdition } from '../src/lib/export/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { edition: { type: 'string' }, 'no-build': { type: 'boolean' } },
});
const format = positionals[0];
if ((format !== 'pdf' && format !== 'epub' && format !== 'all') || !values.edition) {
  console.error('usage: npm run export -- pdf|epub|all --edition <year>');
  process.exit(2);
}
const buildScript = join(import.meta.dirname, 'build.ts');
const rebuild = !values['no-build'];
process.exit(await exportEdition({ root: process.cwd(), year: Number(values.edition), format, rebuild, buildScript }));
