/** A light description of an edition, enough to say what changed since another. */
export interface EditionSummary {
  year: number;
  chapters: { slug: string; code: string; title: string; status: string }[];
  datasets: { name: string; title: string; rows: number; fields: string[]; status: string }[];
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
    title: string;
    rowsBefore: number;
    rowsAfter: number;
    fieldsAdded: string[];
    fieldsRemoved: string[];
  }[];
}

/** What changed from edition `a` to edition `b`: chapters by URL slug, datasets by name. */
export function compareEditions(a: EditionSummary, b: EditionSummary): EditionChanges {
  const slugsA = new Map(a.chapters.map((c) => [c.slug, c]));
  const slugsB = new Map(b.chapters.map((c) => [c.slug, c]));
  const dataA = new Map(a.datasets.map((d) => [d.name, d]));
  const dataB = new Map(b.datasets.map((d) => [d.name, d]));
  return {
    from: a.year,
    to: b.year,
    chaptersAdded: b.chapters.filter((c) => !slugsA.has(c.slug)),
    chaptersRemoved: a.chapters.filter((c) => !slugsB.has(c.slug)),
    chaptersRetitled: b.chapters
      .filter((c) => slugsA.has(c.slug) && slugsA.get(c.slug)!.title !== c.title)
      .map((c) => ({ slug: c.slug, before: slugsA.get(c.slug)!.title, after: c.title })),
    datasetsAdded: b.datasets.filter((d) => !dataA.has(d.name)),
    datasetsRemoved: a.datasets.filter((d) => !dataB.has(d.name)),
    datasetsChanged: b.datasets
      .filter((d) => dataA.has(d.name))
      .map((d) => {
        const p = dataA.get(d.name)!;
        return {
          name: d.name,
          title: d.title,
          rowsBefore: p.rows,
          rowsAfter: d.rows,
          fieldsAdded: d.fields.filter((f) => !p.fields.includes(f)),
          fieldsRemoved: p.fields.filter((f) => !d.fields.includes(f)),
        };
      })
      .filter((c) => c.rowsBefore !== c.rowsAfter || c.fieldsAdded.length || c.fieldsRemoved.length),
  };
}
