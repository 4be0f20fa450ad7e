/** A component element written in an MDX body, with its place in the file. */
export interface TagRef {
  tag: string;
  attrs: Record<string, string>;
  /** Text between the opening and closing tag ('' for a self-closing one). */
  text: string;
  line: number;
  column: number;
}

const attrRe = /([A-Za-z]+)="([^"]*)"/g;

/**
 * Find `<Name attr="…"/>` and `<Name attr="…">text</Name>` for the given component names.
 * Attributes must be plain strings (the editor's guide says so); `firstLine` is the file line
 * the body starts on.
 */
export function findTags(body: string, names: readonly string[], firstLine = 1): TagRef[] {
  const re = new RegExp(`<(${names.join('|')})\\b((?:\\s+[A-Za-z]+="[^"]*")*)\\s*(?:\\/>|>([\\s\\S]*?)<\\/\\1>)`, 'g');
  const refs: TagRef[] = [];
  for (const m of body.matchAll(re)) {
    const before = body.slice(0, m.index);
    refs.push({
      tag: m[1]!,
      attrs: Object.fromEntries([...(m[2] ?? '').matchAll(attrRe)].map((a) => [a[1]!, a[2]!])),
      text: (m[3] ?? '').trim(),
      line: firstLine + (before.match(/\n/g)?.length ?? 0),
      column: m.index - before.lastIndexOf('\n'),
    });
  }
  return refs;
}
