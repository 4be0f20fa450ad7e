/** A Markdown/MDX file split into its YAML frontmatter and body. */
export interface SplitFile {
  /** The YAML between the `---` fences ('' when there is none). */
  yaml: string;
  /** File line on which the YAML starts (2 when the file opens with `---`). */
  yamlLine: number;
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
}

/** Split `---\nyaml\n---\nbody`; a file without frontmatter is all body. */
export function splitFrontmatter(text: string): SplitFile {
  const src = text.replace(/^\uFEFF/, '');
  const m = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m.exec(src);
  if (m?.index !== 0) return { yaml: '', yamlLine: 1, body: src, bodyLine: 1 };
  const yaml = m[1] ?? '';
  const bodyLine = 1 + (m[0].match(/\n/g)?.length ?? 0);
  return { yaml, yamlLine: 2, body: src.slice(m[0].length), bodyLine };
}
