import { describe, expect, it } from 'vitest';
import { editorError, sourceFrame } from '../../../src/lib/problems/editor-error.ts';

const text = [
  '---',
  'title: 测试',
  '---',
  '',
  '共计<Assert dataset="t" measure="sum">128</Assert>个。',
  '',
  '下一段。',
].join('\n');

describe('sourceFrame(text, line, column)', () => {
  it('numbers the lines around the line, marks it, and puts a caret under the column (wide under Chinese)', () => {
    expect(sourceFrame(text, 5, 3)).toBe(
      [
        '  3 | ---',
        '  4 | ',
        '> 5 | 共计<Assert dataset="t" measure="sum">128</Assert>个。',
        '    | \u3000\u3000^',
        '  6 | ',
        '  7 | 下一段。',
      ].join('\n'),
    );
  });

  it('cuts a long line to a window from just before the column, the caret still under it', () => {
    const long = `${'字'.repeat(200)}<Assert>128</Assert>${'文'.repeat(200)}`;
    const frame = sourceFrame(long, 1, 201, 2, 20).split('\n');
    expect(frame[0]).toBe(`> 1 | …${'字'.repeat(5)}<Assert>128</As…`);
    // A wide space under each Chinese character, a narrow one under the ellipsis.
    expect(frame[1]).toBe(`    | ${' '}${'\u3000'.repeat(5)}^`);
  });
});

describe('editorError(problems, root, read)', () => {
  const problems = [
    {
      file: 'content/2018/chapters/b1.mdx',
      line: 5,
      column: 3,
      where: '<Assert dataset="t" measure="sum">',
      expected: '127',
      found: 'the text says 128',
    },
    { file: 'data/2018/datapackage.json', expected: 'a descriptor', found: 'none' },
  ];
  const read = (f: string) => {
    if (f === '/site/content/2018/chapters/b1.mdx') return text;
    throw new Error('no such file');
  };

  it('lists every problem as the check does, each with its source lines, and takes the first place as its own', () => {
    const e = editorError(problems, '/site', read);
    expect(e.message).toBe(
      [
        '2 problems in the content:',
        '',
        'content/2018/chapters/b1.mdx:5:3  <Assert dataset="t" measure="sum">: expected 127; found the text says 128',
        sourceFrame(text, 5, 3),
        '',
        'data/2018/datapackage.json  expected a descriptor; found none',
      ].join('\n'),
    );
    expect(e.loc).toEqual({ file: '/site/content/2018/chapters/b1.mdx', line: 5, column: 3 });
    expect(e.title).toBe('2 problems in the content');
    expect(e.problems).toBe(problems);
  });

  it('carries no stack trace into the code that threw it', () => {
    const e = editorError(problems.slice(0, 1), '/site', read);
    expect(e.stack).toBe(`ContentProblem: ${e.message}`);
    expect(e.stack).not.toMatch(/\n\s+at /);
  });
});
