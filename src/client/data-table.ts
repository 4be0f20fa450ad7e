// Progressive enhancement for data tables: sort by a column (click or Enter on its header) and
// page through long tables. Without JS every row is in the HTML.

/** Make every `table[data-sortable]` on the page sortable (unless `data-sort="off"`) and paged. */
export function enhanceTables(root: ParentNode = document): void {
  root.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach(enhance);
}

function enhance(table: HTMLTableElement): void {
  const tbody = table.tBodies[0];
  if (!tbody) return;
  const rows = Array.from(tbody.rows);
  const pageSize = Number(table.dataset.pageSize) || rows.length;
  let order = rows;
  let page = 0;
  const pages = () => Math.max(1, Math.ceil(order.length / pageSize));

  const nav = document.createElement('nav');
  nav.className = 'table-pager';
  nav.setAttribute('aria-label', table.dataset.labelPage?.replace(/\{page\}.*$/, '').trim() || 'pages');
  const prev = button(table.dataset.labelPrev ?? '‹', () => show(page - 1));
  const next = button(table.dataset.labelNext ?? '›', () => show(page + 1));
  const status = document.createElement('span');
  status.setAttribute('aria-live', 'polite');
  nav.append(prev, status, next);
  if (rows.length > pageSize) table.closest('.table-scroll')?.after(nav);

  function show(p: number): void {
    page = Math.min(Math.max(0, p), pages() - 1);
    tbody!.replaceChildren(...order.slice(page * pageSize, (page + 1) * pageSize));
    status.textContent = (table.dataset.labelPage ?? '{page}/{pages}')
      .replace('{page}', String(page + 1))
      .replace('{pages}', String(pages()));
    prev.disabled = page === 0;
    next.disabled = page >= pages() - 1;
  }

  const headers = table.dataset.sort === 'off' ? [] : Array.from(table.tHead?.rows[0]?.cells ?? []);
  headers.forEach((th, col) => {
    const numeric = th.dataset.type === 'integer' || th.dataset.type === 'number';
    const b = button(th.textContent ?? '', () => {
      const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      table.querySelectorAll('th[aria-sort]').forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      const key = (r: HTMLTableRowElement) => r.cells[col]?.dataset.value ?? '';
      order = [...rows].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1; // empty cells last
        return dir * (numeric ? Number(x) - Number(y) : x.localeCompare(y, 'zh-CN'));
      });
      show(0);
    });
    b.className = 'sort-button';
    th.replaceChildren(b);
  });
  show(0);
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}
