import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { citationStyleIds } from '../content/citation-styles.ts';

let registered = false;
// Next to this module when Node runs it; from the project when Astro has bundled it elsewhere.
const here = new URL('./csl/', import.meta.url);
const dir =
  here.protocol === 'file:' && existsSync(here) ? fileURLToPath(here) : join(process.cwd(), 'src/lib/citations/csl');
const file = (name: string) => readFileSync(join(dir, name), 'utf8');

/** A style's CSL XML. */
export function styleXml(id: string): string {
  return file(`${id}.csl`);
}

/** A locale's CSL XML ('zh-CN', 'en-US'). */
export function localeXml(locale: string): string {
  return file(`locales-${locale}.xml`);
}

/** Make the vendored styles and locales (src/lib/citations/csl/) known to citation-js. */
export function registerStyles(): void {
  if (registered) return;
  const config = plugins.config.get('@csl') as {
    styles: Map<string, string> & { add(n: string, x: string): void };
    locales: { add(n: string, x: string): void };
  };
  for (const id of citationStyleIds) config.styles.add(id, styleXml(id));
  config.locales.add('zh-CN', localeXml('zh-CN'));
  config.locales.add('en-US', localeXml('en-US'));
  registered = true;
}
