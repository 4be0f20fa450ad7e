// `npm run new-edition -- <year>`: start next year's edition from the newest earlier one.
import { scaffoldEdition, ScaffoldError } from '../src/lib/editions/index.ts';

const arg = process.argv[2];
if (!arg) {
  console.error('usage: npm run new-edition -- <year>   (e.g. npm run new-edition -- 2019)');
  process.exit(2);
}
try {
  const r = scaffoldEdition(process.cwd(), Number(arg));
  console.log(`✓ Edition ${r.to} started from ${r.from}: ${r.written.length} files written.`);
  for (const f of r.written) console.log(`  + ${f}`);
  console.log('\nNext:');
  r.nextSteps.forEach((s, i) => console.log(`  ${i + 1}. ${s}`));
} catch (e) {
  if (e instanceof ScaffoldError) {
    console.error(`✗ ${e.message}`);
    process.exit(1);
  }
  throw e;
}
