// Open Graph cards (1200×630 PNG) for every chapter and figure: /og/<year>/<slug>.png.
import type { APIRoute } from 'astro';
import { socialCard, type CardText } from '../../lib/cards/social-card.ts';
import { loadEditions } from '../../site/collections.ts';
import { editionFigures } from '../../site/figures.ts';

export async function getStaticPaths() {
  return (await loadEditions()).flatMap((b) => {
    const kicker = `${b.edition.series.zh} · ${b.edition.title.zh}`;
    const cards: { params: { path: string }; props: { card: CardText } }[] = [
      ...b.chapters.map((c) => ({ params: { path: `${b.year}/${c.slug}.png` }, props: { card: { kicker, title: c.data.title, subtitle: `${c.data.code} · ${c.data.authors.join(' ')}` } } })),
      ...editionFigures(b.year).map((f) => ({ params: { path: `${b.year}/figures/${f.spec.id}.png` }, props: { card: { kicker, title: `${f.number} ${f.spec.title}`, subtitle: f.rendered.summary.zh } } })),
    ];
    return cards;
  });
}

export const GET: APIRoute = async ({ props }) => new Response((await socialCard(props.card as CardText)) as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
