import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { linearTicks, TICK_SPACING, tickCount } from '../../../src/lib/figures/axis.ts';

describe('tickCount(span, spacing, most)', () => {
  it('tickCount(350, 70, 5) is 5: one tick per 70 px', () => expect(tickCount(350, 70, 5)).toBe(5));
  it('tickCount(1000, 70, 5) is 5: never more than `most`', () => expect(tickCount(1000, 70, 5)).toBe(5));
  it('tickCount(100, 70, 5) is 2: never fewer than two, however narrow', () => expect(tickCount(100, 70, 5)).toBe(2));
  it('tickCount(400, 80, 1) is 2: a series of one point still gets two', () => expect(tickCount(400, 80, 1)).toBe(2));
});

describe('linearTicks(scale, span, spacing, most)', () => {
  it('linearTicks(scale over 0–64, 280 px, bars) gives four round ticks and their text', () => {
    const x = scaleLinear().domain([0, 64]).nice();
    const { values, text } = linearTicks(x, 280, TICK_SPACING.bars, 5);
    expect(values).toEqual([0, 20, 40, 60]);
    expect(values.map(text)).toEqual(['0', '20', '40', '60']);
  });

  it('linearTicks(scale over 0–30万亿, …) writes the ticks in 万亿', () => {
    const x = scaleLinear().domain([0, 3e13]).nice();
    const { values, text } = linearTicks(x, 420, TICK_SPACING.dots, 6);
    expect(values.map(text)).toEqual(
      ['0', '5万亿', '10万亿', '15万亿', '20万亿', '25万亿', '30万亿'].slice(0, values.length),
    );
  });
});
