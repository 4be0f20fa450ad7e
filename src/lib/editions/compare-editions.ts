/** A light description of an edition, enough to say what changed since another. */
export interface EditionSummary {
  year: number;
  chapters: { slug: string; code: string; title: string; status: string }[];
  datasets: {
    name: string;
    title: string;
    rows: number;
    fields: string[];
    status: string;
    /** Names the dataset had in earlier editions (a rename, declared). */
    formerly?: string[] | undefined;
  }[];
}

export interface EditionChanges {
  from: number;
  to: number;
  chaptersAdded: EditionSummary['chapters'];
  chaptersRemoved: EditionSummary['chapters'];
  chaptersRetitled: { slug: string; before: string; after: string }[];
  datasetsAdded: EditionSummary['datasets'];
  datasetsRemoved: EditionSummary['datasets'];
  datasetsChanged: {
    name: string;
    /** The name it had in edition `from`, when it was renamed. */
    renamedFrom?: string | undefined;
    title: string;
    rowsBefore: number;
    rowsAfter: number;
    fieldsAdded: string[];
    fieldsRemoved: string[];
  }[];
}

/** What changed from edition `a` to edition `b`: chapters by URL slug, datasets by name (or the former name a
 * dataset declares). */
export function compareEditions(a: EditionSummary, b: EditionSummary): EditionChanges {
  const slugsA = new Map(a.chapters.map((c) => [c.slug, c]));
  const slugsB = new Map(b.chapters.map((c) => [c.slug, c]));
  const dataA = new Map(a.datasets.map((d) => [d.name, d]));
  const before = (d: EditionSummary['datasets'][number]) =>
    dataA.get(d.name) ?? d.formerly?.map((n) => dataA.get(n)).find((x) => x !== undefined);
  const matched = new Set(b.datasets.flatMap((d) => before(d)?.name ?? []));
  return {
    from: a.year,
    to: b.year,
    chaptersAdded: b.chapters.filter((c) => !slugsA.has(c.slug)),
    chaptersRemoved: a.chapters.filter((c) => !slugsB.has(c.slug)),
    chaptersRetitled: b.chapters
      .filter((c) => slugsA.has(c.slug) && slugsA.get(c.slug)!.title !== c.title)
      .map((c) => ({ slug: c.slug, before: slugsA.get(c.slug)!.title, after: c.title })),
    datasetsAdded: b.datasets.filter((d) => !before(d)),
    datasetsRemoved: a.datasets.filter((d) => !matched.has(d.name)),
    datasetsChanged: b.datasets
      .filter((d) => before(d))
      .map((d) => {
        const p = before(d)!;
        return {
          name: d.name,
          ...(p.name !== d.name ? { renamedFrom: p.name } : {}),
          title: d.title,
          rowsBefore: p.rows,
          rowsAfter: d.rows,
          fieldsAdded: d.fields.filter((f) => !p.fields.includes(f)),
          fieldsRemoved: p.fields.filter((f) => !d.fields.includes(f)),
        };
      })
      .filter((c) => c.renamedFrom || c.rowsBefore !== c.rowsAfter || c.fieldsAdded.length || c.fieldsRemoved.length),
  };
}
