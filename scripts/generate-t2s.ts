// Writes src/lib/search/t2s-chars.ts: every traditional character OpenCC converts to a different
// simplified one, as one string of pairs, for search queries typed in traditional characters.
// Run after upgrading opencc-js: `node scripts/generate-t2s.ts` (a unit test checks the file is current).
import { writeFileSync } from 'node:fs';
import { t2sModule, t2sPairs } from '../src/lib/search/index.ts';

const pairs = await t2sPairs();
writeFileSync('src/lib/search/t2s-chars.ts', t2sModule(pairs));
console.log(`${Array.from(pairs).length / 2} traditional → simplified characters`);
