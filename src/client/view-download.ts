// Loaded when a reader downloads the view: the chart as shown (selection, time range), with the
// figure's title above and its source and the view below, as SVG or PNG; or the rows shown as CSV.
import { withCaption } from '@/lib/figures/with-caption.ts';
import type { ViewState } from '@/lib/figures/view-state.ts';
import { csvText } from '@/lib/datasets/export.ts';

function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** What the view shows, said in words under a downloaded chart. */
function viewNote(state: ViewState): string {
  const parts = [];
  if (state.sel.length) parts.push(`突出显示：${state.sel.join('、')}`);
  if (state.from || state.to) parts.push(`时间范围：${state.from ?? '…'}至${state.to ?? '…'}`);
  return parts.length ? `；${parts.join('；')}` : '';
}

/** The visible chart of the current tab, with dimmed marks written as opacity (no stylesheet travels with a file). */
function visibleSvg(fig: HTMLElement, state: ViewState): SVGSVGElement | null {
  const panel = fig.querySelector<HTMLElement>(
    `[data-view="${state.tab === 'table' ? fig.dataset.tabs!.split(',')[0] : state.tab}"]`,
  );
  const svgs = Array.from(panel?.querySelectorAll<SVGSVGElement>('svg.chart') ?? []);
  const svg = svgs.find((s) => s.getBoundingClientRect().width > 0) ?? svgs[0];
  if (!svg) return null;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy
    .querySelectorAll('.mark.is-dimmed :is(rect, circle, path, polygon)')
    .forEach((m) => m.setAttribute('opacity', '0.25'));
  copy.querySelectorAll('.mark').forEach((m) => m.classList.remove('is-active'));
  return copy;
}

export async function downloadView(
  fig: HTMLElement,
  format: 'svg' | 'png' | 'csv',
  state: ViewState,
  rows: HTMLTableRowElement[],
): Promise<void> {
  const name = `${fig.id.replace(/^fig-/, '')}${state.sel.length || state.from || state.to ? '-view' : ''}`;
  if (format === 'csv') {
    const head = Array.from(fig.querySelectorAll('[data-view="table"] thead th')).map((th) => th.textContent!.trim());
    const body = rows.map((r) => Array.from(r.cells).map((td) => td.dataset.value ?? td.textContent!.trim()));
    // The same CSV as the figure's download (BOM, formulae escaped), of the rows shown.
    save(new Blob([csvText(head, body)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    return;
  }
  const svg = visibleSvg(fig, state);
  if (!svg) return;
  const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
  const text = withCaption(
    { svg: new XMLSerializer().serializeToString(svg), width: width!, height: height! },
    fig.dataset.heading!,
    `${fig.dataset.source}${viewNote(state)}`,
  );
  if (format === 'svg') return save(new Blob([text], { type: 'image/svg+xml' }), `${name}.svg`);
  // PNG at twice the size, drawn by the browser from the same SVG (a data: URL: the site's CSP allows no blob: images).
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) save(blob, `${name}.png`);
}
