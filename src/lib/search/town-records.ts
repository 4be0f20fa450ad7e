import type { Edition } from '../content/schema.ts';
import type { Dataset } from '../datasets/load-datapackage.ts';
import { href } from '../links/urls.ts';
import { findProvince } from '../figures/provinces.ts';
import type { PageRecord } from './page-records.ts';

export interface Town {
  id: string;
  name: string;
  province: string;
  prefecture: string;
  county: string;
  region: string;
  batch: string;
  code: string;
}

/** The towns an edition's directory lists, with their region; ids are stable (code, else names). */
export function editionTowns(edition: Edition, datasets: readonly Dataset[]): Town[] {
  const cfg = edition.townDirectory;
  if (!cfg) return [];
  const regions = new Map(
    datasets.find((d) => d.resource.name === cfg.regions)?.rows.map((r) => [String(r.province), String(r.region)]) ??
      [],
  );
  return cfg.batches.flatMap((b) =>
    (datasets.find((d) => d.resource.name === b.dataset)?.rows ?? []).map((r) => {
      const s = (k: string) => (r[k] === null || r[k] === undefined ? '' : String(r[k]));
      return {
        id: `town-${s('code') || `${s('province')}-${s('town')}`}`,
        name: s('town'),
        province: s('province'),
        prefecture: s('prefecture'),
        county: s('county'),
        region: regions.get(s('province')) ?? '',
        batch: b.label,
        code: s('code'),
      };
    }),
  );
}

/** A search record per town, pointing at its row in the directory: the name as its title, then its places. */
export function townRecords(year: number, towns: readonly Town[], base = '/'): PageRecord[] {
  return towns.map((t) => ({
    url: `${href(base, year, 'towns')}#${t.id}`,
    meta: { title: `${t.name}（${t.province}${t.county ? ` ${t.county}` : ''}）` },
    filters: {
      edition: [String(year)],
      kind: ['小镇'],
      province: [findProvince(t.province)?.short ?? t.province],
      ...(t.region ? { region: [t.region] } : {}),
    },
    blocks: [
      { tag: 'h1', text: t.name },
      // The name without 镇/乡, its places, batch and region: a reader may search any of them.
      {
        tag: 'p',
        text:
          `${t.name.replace(/(镇|乡)$/, '')} ${[t.province, t.prefecture, t.county].filter(Boolean).join(' ')} ` +
          `${t.batch}中国特色小镇 ${t.region}`.trim(),
      },
    ],
  }));
}
