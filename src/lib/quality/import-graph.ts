import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A module's imports of other modules of the project, by path relative to the root. */
export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(ts|mts|mjs|js|astro)$/;
// Static imports and re-exports (type-only ones too: a cycle of types is still a tangle to read),
// imports for their effect, and dynamic imports of a literal path.
const SPECIFIER = new RegExp(
  [
    /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/.source,
    /(?:^|[\s;])import\s*['"]([^'"]+)['"]/.source,
    /import\s*\(\s*['"]([^'"]+)['"]\s*\)/.source,
  ].join('|'),
  'gm',
);

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : SOURCE.test(name) ? [path] : [];
  });
}

/** The file an import specifier names, or undefined for a package or a virtual module. */
function resolveSpecifier(
  spec: string,
  from: string,
  root: string,
  aliases: Record<string, string>,
): string | undefined {
  const alias = Object.keys(aliases).find((a) => spec.startsWith(a));
  const target = alias
    ? join(root, aliases[alias]!, spec.slice(alias.length))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : undefined;
  if (!target) return undefined;
  for (const candidate of [target, `${target}.ts`, join(target, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Read the imports of every source file under `dirs` (relative to `root`). `aliases` maps a
 * specifier prefix to a folder, as tsconfig's `paths` do (`@/` → `src/`). */
export function importGraph(root: string, dirs: string[], aliases: Record<string, string> = {}): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of dirs.flatMap((d) => files(join(root, d)))) {
    const text = readFileSync(file, 'utf8');
    const deps = new Set<string>();
    for (const m of text.matchAll(SPECIFIER)) {
      const target = resolveSpecifier(m[1] ?? m[2] ?? m[3]!, file, root, aliases);
      if (target && target !== file) deps.add(relative(root, target).split('\\').join('/'));
    }
    graph.set(relative(root, file).split('\\').join('/'), [...deps].sort());
  }
  return graph;
}

/** The graph of folders: an edge where a module of one imports a module of another. */
export function folderGraph(graph: ImportGraph, folderOf: (path: string) => string | undefined): ImportGraph {
  const out: ImportGraph = new Map();
  for (const [from, deps] of graph) {
    const a = folderOf(from);
    if (a === undefined) continue;
    const set = new Set(out.get(a) ?? []);
    for (const d of deps) {
      const b = folderOf(d);
      if (b !== undefined && b !== a) set.add(b);
    }
    out.set(a, [...set].sort());
  }
  return out;
}

/** Each import cycle (a strongly connected group of more than one node), as its nodes in order. */
export function importCycles(graph: ImportGraph): string[][] {
  // Tarjan's algorithm, iteratively: a deep chain of imports must not overflow the stack.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const work: [string, number][] = [[start, 0]];
    while (work.length) {
      const frame = work[work.length - 1]!;
      const [node, i] = frame;
      if (i === 0) {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        onStack.add(node);
      }
      const deps = graph.get(node) ?? [];
      if (i < deps.length) {
        frame[1]++;
        const next = deps[i]!;
        if (!index.has(next)) work.push([next, 0]);
        else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      if (low.get(node) === index.get(node)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== node);
        if (group.length > 1) cycles.push(group.sort());
      }
    }
  }
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
