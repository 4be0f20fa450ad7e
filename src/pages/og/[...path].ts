// Open Graph cards (1200×630 PNG) for every page worth sharing: /og/<year>/<page>.png — the
// edition's home, chapters and front matter, cases, table figures, datasets, rankings and each
// ranked entity (a chart's page shares the chart's own PNG). Illustrative data says so on its card, as on its page.
import { urlSegment } from '../../lib/links/index.ts';
import type { APIRoute } from 'astro';
import { socialCard, type CardText } from '../../lib/cards/index.ts';
import { renderedEditions, slugOf } from '../../site/collections.ts';
import { editionDatasets } from '../../site/datasets.ts';
import { editionFigures } from '../../site/figures.ts';
import { editionListedRankings, editionRankings } from '../../site/rankings.ts';

const illustrative = '示例数据：为展示功能而编造，不是原书或现实中的数据';

export async function getStaticPaths() {
  const out: { params: { path: string }; props: { card: CardText } }[] = [];
  for (const b of await renderedEditions()) {
    const kicker = `${b.edition.series.zh} · ${b.edition.title.zh}`;
    const add = (path: string, card: Omit<CardText, 'kicker'>) =>
      out.push({
        params: { path: `${b.year}/${path}.png` },
        props: { card: { kicker, title: card.title, ...(card.subtitle ? { subtitle: card.subtitle } : {}) } },
      });
    add('index', {
      title: b.edition.title.zh,
      subtitle: [b.edition.subtitle?.zh, b.edition.publisher.zh].filter(Boolean).join(' · '),
    });
    for (const c of b.chapters)
      add(c.slug, { title: c.data.title, subtitle: `${c.data.code} · ${c.data.authors.join(' ')}` });
    for (const f of b.front) add(slugOf(f.id), { title: f.data.title, subtitle: b.edition.editors.chief.join(' ') });
    for (const c of b.cases)
      add(`cases/${slugOf(c.id)}`, {
        title: c.data.name,
        subtitle: [c.data.province, c.data.industry].filter(Boolean).join(' · '),
      });
    // A chart's card is its own PNG (the download, with title and source): only tables need one drawn.
    for (const f of editionFigures(b.year).filter((x) => !x.rendered.chart))
      add(`figures/${f.spec.id}`, {
        title: `${f.number} ${f.spec.title}`,
        subtitle: f.dataset.resource.status === 'illustrative' ? illustrative : f.rendered.summary.zh,
      });
    for (const d of editionDatasets(b.year))
      add(`data/${urlSegment(d.resource.name)}`, {
        title: d.resource.title.zh,
        subtitle:
          d.resource.status === 'illustrative'
            ? illustrative
            : `${d.rows.length} 行 · 来源：${d.resource.sources.map((s) => s.title).join('；')}`,
      });
    for (const l of editionListedRankings(b.year)) {
      add(`rankings/${l.spec.id}`, {
        title: l.spec.title.zh,
        subtitle:
          l.spec.status === 'illustrative'
            ? illustrative
            : l.entries
                .slice(0, 3)
                .map((e) => `${e.rank} ${e.label}`)
                .join('　'),
      });
    }
    for (const r of await editionRankings(b.year)) {
      const spec = r.result.spec;
      const note = spec.status === 'illustrative' ? illustrative : undefined;
      add(`rankings/${spec.id}`, {
        title: spec.title.zh,
        subtitle:
          note ??
          r.result.entities
            .slice(0, 3)
            .map((e) => `${e.rankLabel} ${e.label}`)
            .join('　'),
      });
      for (const e of r.result.entities)
        add(`rankings/${spec.id}/${e.slug}`, {
          title: `${e.label}：第 ${e.rankLabel} 名`,
          subtitle: note ? `${spec.title.zh} · ${note}` : spec.title.zh,
        });
    }
  }
  return out;
}

export const GET: APIRoute = async ({ props }) =>
  new Response((await socialCard(props.card as CardText)) as unknown as BodyInit, {
    headers: { 'Content-Type': 'image/png' },
  });
