import { createRequire } from 'node:module';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { cacheDir, cacheKey, cached } from '../cache/build-cache.ts';
import { subsetFontFile } from './font-subset.ts';

const require = createRequire(import.meta.url);

/** Noto Sans SC (OFL) TTF files: resvg and satori need real font files, not the system's .ttc. */
export const fontFiles = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
};

const resvgVersion: string = require('@resvg/resvg-js/package.json').version;
const fontVersion: string = require('@expo-google-fonts/noto-sans-sc/package.json').version;

/**
 * Rasterise an SVG to PNG at `width` pixels, with Chinese text in Noto Sans SC. resvg renders
 * off the main thread, so Astro's concurrent page rendering uses every core; results are kept
 * in the build cache, keyed by the SVG, the width and the renderer's and fonts' versions.
 */
export function svgToPng(svg: string, width = 1280): Promise<Buffer> {
  return cached('png', cacheKey('resvg', resvgVersion, fontVersion, width, svg), () => rasterise(svg, width));
}

/**
 * The same PNG, never cached: for callers that cache the result under their own key.
 * `fonts: false` skips loading Noto Sans SC (a few milliseconds a render) for SVGs whose
 * text is already drawn as paths, as satori's is.
 */
export async function rasterise(svg: string, width: number, { fonts = true } = {}): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: fonts
      ? { fontFiles: await fontsFor(svg), loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' }
      : { loadSystemFonts: false },
  });
  return image.asPng();
}

/**
 * Font files holding the characters of `svg` and nothing else. resvg 2.6 takes fonts as files
 * only and reads the whole file again for every run of text it shapes: with the 10 MB Noto Sans
 * SC that was 80% of a cold build's time, in the kernel copying the font (60,000 reads of it for
 * 180 charts). The subsets keep the glyphs' outlines and metrics as they are, so a chart renders
 * to the same bytes (a test compares). They are kept by content, next to the build cache.
 */
async function fontsFor(svg: string): Promise<string[]> {
  const chars = new Set(svg);
  // Characters written as references (&#x4e2d;) are drawn too.
  for (const m of svg.matchAll(/&#(x[0-9a-f]+|\d+);/gi))
    chars.add(String.fromCodePoint(m[1]![0] === 'x' || m[1]![0] === 'X' ? parseInt(m[1]!.slice(1), 16) : Number(m[1])));
  const text = [...chars].sort().join('');
  const bold = /font-weight(?:="|:\s*)(?:bold|[6-9]00)/.test(svg);
  return Promise.all([subsetFile('regular', text), ...(bold ? [subsetFile('bold', text)] : [])]);
}

const subsets = new Map<string, Promise<string>>();

function subsetFile(weight: 'regular' | 'bold', text: string): Promise<string> {
  const key = cacheKey('font-subset', fontVersion, weight, text);
  let hit = subsets.get(key);
  if (!hit) {
    hit = (async () => {
      const dir = join(cacheDir() || join(tmpdir(), 'bluebook-cache'), 'font-subsets');
      const file = join(dir, `${key}.ttf`);
      if (existsSync(file)) return file;
      const bytes = subsetFontFile(fontFiles[weight], text);
      mkdirSync(dir, { recursive: true });
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, bytes);
      renameSync(partial, file);
      return file;
    })();
    subsets.set(key, hit);
    // A build renders thousands of charts: keep the most recent subsets' names only.
    if (subsets.size > 2000) subsets.delete(subsets.keys().next().value!);
  }
  return hit;
}

/** What decides a PNG besides its SVG, for callers keying their own cache entries. */
export const rasterVersion = `resvg ${resvgVersion}, fonts ${fontVersion}`;
