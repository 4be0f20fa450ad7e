import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import { cacheKey, cached } from '../cache/build-cache.ts';

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
    font: fonts ? { fontFiles: [fontFiles.regular, fontFiles.bold], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } : { loadSystemFonts: false },
  });
  return image.asPng();
}

/** What decides a PNG besides its SVG, for callers keying their own cache entries. */
export const rasterVersion = `resvg ${resvgVersion}, fonts ${fontVersion}`;
