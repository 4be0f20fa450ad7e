import { describe, expect, it } from 'vitest';
import { sourceLine } from '../../../src/lib/figures/source-line.ts';

describe('sourceLine(resource)', () => {
  it('names the sources, the dataset and its status in words', () => {
    expect(
      sourceLine({
        name: 'town-types-2016',
        status: 'published',
        sources: [{ title: '甲' }, { title: '乙' }],
      } as never),
    ).toBe('资料来源：甲；乙（数据集 town-types-2016，已发布）');
  });
  it('says in full that illustrative data is made up, since a shared picture shows nothing else', () => {
    expect(sourceLine({ name: 'x', status: 'illustrative', sources: [{ title: '生成' }] } as never)).toBe(
      '资料来源：生成（数据集 x，示例数据） 示例数据：为展示功能而编造，不是原书或现实中的数据。',
    );
  });
});
