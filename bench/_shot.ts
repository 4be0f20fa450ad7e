import { openSite } from '../test/browser/harness.ts';
const site = await openSite();
for (const spec of (process.argv[2] ?? '').split(',')) {
  const [path, w, name, selector, scheme] = spec.split('|');
  const page = await site.page(path!, { width: Number(w ?? 1280), height: 900 });
  if (scheme) await page.emulateMedia({ colorScheme: scheme as 'dark' });
  if (selector)
    await page
      .locator(selector)
      .first()
      .screenshot({ path: `/tmp/${name}.png` });
  else await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
  await page.close();
}
await site.close();
