// Filters for the towns directory: shown only when this script runs; without it every row shows.

/** Wire the directory's filter form to its table rows. */
export function enhanceTownFilter(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-town-filter]');
  const rows = Array.from(document.querySelectorAll<HTMLTableRowElement>('.town-table tbody tr'));
  if (!form || !rows.length) return;
  form.hidden = false;
  const out = form.querySelector('output')!;
  const template = document.documentElement.lang === 'en' ? '{n} of {total} towns' : '显示 {n} / {total} 个小镇';
  const apply = () => {
    const data = new FormData(form);
    let n = 0;
    for (const row of rows) {
      const show = (['region', 'province', 'batch'] as const).every(
        (k) => !data.get(k) || row.dataset[k] === data.get(k),
      );
      row.hidden = !show;
      if (show) n++;
    }
    out.textContent = template.replace('{n}', String(n)).replace('{total}', String(rows.length));
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();
}
