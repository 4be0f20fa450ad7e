import { describe, expect, it } from 'vitest';
import { findTags, malformedTag } from '../../../src/lib/content/find-tags.ts';

describe('findTags(body, names, firstLine)', () => {
  it('reads self-closing and paired elements with their place in the file', () => {
    const body =
      '段落\n\n<Figure id="a" kind="bar" />\n共<Num dataset="d" measure="sum" />个，<Assert dataset="d" measure="count">3</Assert>。\n';
    expect(findTags(body, ['Figure'], 10)).toEqual([
      { tag: 'Figure', attrs: { id: 'a', kind: 'bar' }, text: '', line: 12, column: 1 },
    ]);
    expect(findTags(body, ['Num', 'Assert'], 10).map((t) => [t.tag, t.line, t.column, t.text])).toEqual([
      ['Num', 13, 2, ''],
      ['Assert', 13, 37, '3'],
    ]);
  });

  it('reads attribute names with digits (y2)', () => {
    const [tag] = findTags('<Figure id="s" kind="slope" y="a" y2="b" />', ['Figure']);
    expect(tag?.attrs).toEqual({ id: 's', kind: 'slope', y: 'a', y2: 'b' });
    expect(tag?.malformed).toBeUndefined();
  });

  it('reports an element it cannot read instead of skipping it', () => {
    const body = '第一段\n\n<Figure id="a" y={"count"} />\n\n<Figure id="b" />\n';
    const tags = findTags(body, ['Figure'], 5);
    expect(tags.map((t) => [t.attrs.id, t.line, t.malformed])).toEqual([
      [undefined, 7, true],
      ['b', 9, undefined],
    ]);
    expect(malformedTag(tags[0]!, body, 'ch.mdx', 5)).toMatchObject({
      file: 'ch.mdx',
      line: 7,
      column: 1,
      where: '<Figure>',
      found: '<Figure id="a" y={"count"} />',
    });
  });
});

describe('findTags(body, names) reads MDX as MDX', () => {
  it('ignores an element shown in a code block or inline code, and one inside an MDX comment', () => {
    const body =
      '写法示例：\n\n```mdx\n<Figure id="example-in-code" kind="bar" />\n```\n\n行内 `<Ref id="x" />` 也不算。\n\n{/* <Ref id="commented-out" /> */}\n\n<Figure id="real" kind="bar" />\n';
    expect(findTags(body, ['Figure', 'Ref']).map((t) => [t.attrs.id, t.line])).toEqual([['real', 11]]);
  });
  it('reports MDX that does not parse at the place the parser stopped, with its reason', () => {
    const tags = findTags('第一段\n\n<Figure id="a" kind="bar"\n', ['Figure'], 3);
    expect(tags).toHaveLength(1);
    expect(tags[0]).toMatchObject({ tag: 'Figure', malformed: true });
    expect(tags[0]!.line).toBeGreaterThanOrEqual(5);
    expect(malformedTag(tags[0]!, '第一段\n\n<Figure id="a" kind="bar"\n', 'ch.mdx', 3).found).toMatch(/\(.+\)$/);
  });
});
