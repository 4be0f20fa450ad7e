import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { Problem } from './problem.ts';

export type Path = readonly PropertyKey[];

/** A parsed YAML (or JSON) text that can say where each value sits in its file. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** Syntax errors, each with its line and column. */
  problems: Problem[];
  /** Line and column of the value at `path`, or of its nearest parent that exists. */
  positionOf(path: Path, preferKey?: boolean): { line: number; column: number };
}

/**
 * Parse YAML with positions. `firstLine` is the file line the text starts on (2 for a
 * frontmatter block after its opening `---`), so positions are those an editor sees.
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const problems: Problem[] = doc.errors.map((e) => ({
    file,
    ...at(e.pos[0]),
    expected: 'valid YAML',
    found: e.message.split('\n')[0] ?? e.code,
  }));
  return {
    file,
    data: problems.length ? undefined : doc.toJS(),
    problems,
    positionOf(path, preferKey = false) {
      let node: unknown = doc.contents;
      let best: { line: number; column: number } = at(0);
      if (node && (node as Node).range) best = at((node as Node).range![0]);
      for (const key of path) {
        if (!node || typeof node !== 'object' || !('items' in (node as object))) break;
        const items = (node as { items: unknown[] }).items;
        let next: unknown;
        if (isMap(node)) {
          const pair = items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key) as Pair | undefined;
          if (!pair) break;
          const keyNode = pair.key as Node;
          if (keyNode.range) best = at(keyNode.range[0]);
          next = pair.value;
        } else {
          next = typeof key === 'number' ? items[key] : undefined;
        }
        if (!next) break;
        node = next;
        if (!preferKey || key !== path[path.length - 1]) {
          const range = (node as Node).range;
          if (range) best = at(range[0]);
        }
      }
      return best;
    },
  };
}

/** The value at `path` inside parsed data, or undefined. */
export function valueAt(data: unknown, path: Path): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
