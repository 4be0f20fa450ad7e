// Computed ranking tables: /<year>/rankings/<id>.csv and <id>.json.
import { atRoot } from '../../../../site/routes.ts';
import type { APIRoute } from 'astro';
import { rankingCsv, rankingJson } from '../../../../lib/composite-index/index.ts';
import { renderedEditions } from '../../../../site/collections.ts';
import { editionRankings, rankingExplorer } from '../../../../site/rankings.ts';

export async function getStaticPaths() {
  return atRoot(await pagePaths());
}

async function pagePaths() {
  const out = [];
  for (const { year } of await renderedEditions()) {
    for (const r of await editionRankings(year)) {
      out.push({
        params: { year: String(year), file: `${r.result.spec.id}.csv` },
        props: { type: 'text/csv; charset=utf-8', body: rankingCsv(r.result, r.uncertainty, r.change) },
      });
      // The ranking page's explorer: the published normalised values and weights it ranks again with.
      out.push({
        params: { year: String(year), file: `${r.result.spec.id}.explore.json` },
        props: { type: 'application/json', body: JSON.stringify(rankingExplorer(r).payload) },
      });
      out.push({
        params: { year: String(year), file: `${r.result.spec.id}.json` },
        props: { type: 'application/json', body: rankingJson(r.result, r.uncertainty, r.change) },
      });
    }
  }
  return out;
}

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': props.type as string } });
