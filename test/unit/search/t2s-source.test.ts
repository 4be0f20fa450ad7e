import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t2sModule, t2sPairs } from '../../../src/lib/search/t2s-source.ts';

describe('t2sModule(await t2sPairs())', () => {
  it('is src/lib/search/t2s-chars.ts as committed: run `node scripts/generate-t2s.ts` after upgrading opencc-js', async () => {
    expect(readFileSync('src/lib/search/t2s-chars.ts', 'utf8')).toBe(t2sModule(await t2sPairs()));
  });
  it('pairs 國 with 国 and leaves no line past 120 characters', async () => {
    const text = t2sModule(await t2sPairs());
    const { t2sChars } = await import('../../../src/lib/search/t2s-chars.ts');
    expect(t2sChars).toContain('國国');
    expect(Math.max(...text.split('\n').map((l) => Array.from(l).length))).toBeLessThanOrEqual(120);
  });
});
