import { describe, expect, it } from 'vitest';
import { tierOf } from '../../../src/lib/composite-index/tiers.ts';

describe('tierOf(score, tiers)', () => {
  const tiers = [
    { label: '一般', minScore: 0 },
    { label: '领先', minScore: 70 },
    { label: '较好', minScore: 45 },
  ];
  it('picks the highest threshold reached', () =>
    expect([tierOf(70, tiers), tierOf(69.9, tiers), tierOf(3, tiers)]).toEqual(['领先', '较好', '一般']));
});
