import { describe, expect, it } from 'vitest';
import { KeySet } from '../../../src/lib/datasets/key-set.ts';

describe('KeySet', () => {
  it('add(key) is true for a new key and false for one added before', () => {
    const set = new KeySet();
    expect(['乌镇', 'ＩＤ１', '', 'a b', 'a/b', '乌镇', '', 'ＩＤ１'].map((k) => set.add(k))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(set.size).toBe(5);
  });

  it('add(key) tells 200,000 keys apart through every growth of its table, and knows each again', () => {
    const set = new KeySet();
    const keys = Array.from({ length: 200_000 }, (_, i) => `城镇${i}`);
    expect(keys.every((k) => set.add(k))).toBe(true);
    expect(keys.some((k) => set.add(k))).toBe(false);
    // Keys alike but for one character, and a longer key with the same start.
    expect(set.add('城镇200000')).toBe(true);
    expect(set.add('城镇1999990')).toBe(true);
    expect(set.size).toBe(200_002);
  });
});
