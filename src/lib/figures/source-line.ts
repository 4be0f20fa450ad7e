import { t } from '../i18n/ui.ts';
import type { Resource } from '../datasets/descriptor.ts';

/**
 * The source line under a chart that leaves the site (SVG, PNG, a shared card, a view download):
 * where the data comes from, the dataset, and its status in words — illustrative data says so in
 * full, as on the page, since a slide or a post shows nothing else.
 */
export function sourceLine(r: Pick<Resource, 'name' | 'sources' | 'status'>): string {
  const status = t(`data.status.${r.status}`);
  return (
    `资料来源：${r.sources.map((s) => s.title).join('；')}（数据集 ` +
    `${r.name}，${status}）${r.status === 'illustrative' ? ` ${t('data.status.note.illustrative')}` : ''}`
  );
}
