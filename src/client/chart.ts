// Progressive enhancement for build-time SVG charts: a tooltip on hover and focus, and arrow
// keys to move between marks (the chart is one Tab stop). The chart, its summary and its data table work without this.

/** Enhance every chart on the page once. */
export function enhanceCharts(root: ParentNode = document): void {
  root.querySelectorAll<SVGSVGElement>('svg.chart:not([data-enhanced])').forEach(enhance);
}

function enhance(svg: SVGSVGElement): void {
  svg.dataset.enhanced = '';
  const marks = Array.from(svg.querySelectorAll<SVGGElement>('.mark'));
  const box = svg.parentElement;
  if (!box || !marks.length) return;
  box.classList.add('chart-box');
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.setAttribute('role', 'status');
  tip.hidden = true;
  box.append(tip);

  const show = (mark: SVGGElement) => {
    marks.forEach((m) => m.classList.toggle('is-active', m === mark));
    tip.textContent = mark.getAttribute('aria-label') ?? '';
    tip.hidden = false;
    const b = mark.getBoundingClientRect();
    const o = box.getBoundingClientRect();
    tip.style.left = `${Math.max(0, Math.min(b.left - o.left + b.width / 2, o.width - 8))}px`;
    tip.style.top = `${b.top - o.top}px`;
  };
  const hide = () => {
    tip.hidden = true;
    marks.forEach((m) => m.classList.remove('is-active'));
  };
  marks.forEach((mark, i) => {
    mark.addEventListener('mouseenter', () => show(mark));
    mark.addEventListener('focus', () => show(mark));
    mark.addEventListener('blur', hide);
    mark.addEventListener('keydown', (e) => {
      const step =
        e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
      if (e.key === 'Escape') return hide();
      if (!step) return;
      e.preventDefault();
      // Roving tabindex: the chart is one Tab stop; arrows move inside it.
      const next = marks[(i + step + marks.length) % marks.length]!;
      marks.forEach((m) => m.setAttribute('tabindex', m === next ? '0' : '-1'));
      next.focus();
    });
  });
  svg.addEventListener('mouseleave', hide);
}
