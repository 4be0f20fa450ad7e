import { openSite } from '../test/browser/harness.ts';
const site = await openSite();
const shots = (process.argv[2] ?? '').split(',');
for (const spec of shots) {
  const [path, w, name] = spec.split('|');
  const page = await site.page(path!, { width: Number(w ?? 1280), height: 900 });
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
  await page.close();
}
await site.close();
