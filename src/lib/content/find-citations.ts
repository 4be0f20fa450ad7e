/** One work cited in a `[@key]` group, with an optional page locator (`[@key, p. 12]`, `[@key, 12–14]`). */
export interface CitedWork {
  key: string;
  locator?: string;
  prefix?: string;
}
/** A bracketed citation group as written in a chapter, e.g. `[@qiu2017; @wei2018, p. 3]`. */
export interface CitationGroup {
  text: string;
  index: number;
  works: CitedWork[];
}

// Pandoc's citation syntax: a key starts with a letter, digit or _, and may hold :.#$%&-+?<>~/.
const KEY = String.raw`[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*`;
const WORK = new RegExp(String.raw`^\s*(?:(.*?)\s)?@(${KEY}?)(?:[,，]\s*(?:(?:pp|p|页)\.?\s*)?(.+?))?\s*$`, 'u');

/**
 * The citation groups in a run of text: brackets whose every `;`-separated part cites one key
 * after a space or the bracket (`[mail@example.org]` is not a citation).
 */
export function findCitations(text: string): CitationGroup[] {
  const out: CitationGroup[] = [];
  for (const m of text.matchAll(/\[([^[\]]*@[^[\]]*)\]/gu)) {
    // A link's text `[…](…)` and a footnote `[^…]` are not citations.
    if (text[m.index + m[0].length] === '(' || m[1]!.startsWith('^')) continue;
    const parts = m[1]!.split(/[;；]/).map((p) => WORK.exec(p));
    if (parts.some((p) => !p?.[2])) continue;
    const works = parts.map((p) => ({
      key: p![2]!.replace(/[.:]+$/, ''),
      ...(p![3] ? { locator: p![3] } : {}),
      ...(p![1] ? { prefix: p![1] } : {}),
    }));
    out.push({ text: m[0], index: m.index, works });
  }
  return out;
}
