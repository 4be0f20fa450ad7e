// A computed ranking's page, explored: filter by name, highlight an entity, and rank again under the reader's own
// weights with the engine's evaluation (lib/composite-index/reweigh.ts). State lives in the URL: ?w=…&h=….
import { type ExplorePayload, explorer, readWeights, reweigh, writeWeights } from '../lib/composite-index/reweigh.ts';

export function enhanceExplorer(): void {
  const section = document.querySelector<HTMLElement>('[data-explore]');
  const table = document.querySelector<HTMLTableElement>('[data-explore-table]');
  if (!section || !table) return;
  const labels = JSON.parse(section.dataset.labels ?? '{}') as Record<string, string>;
  const rows = new Map(Array.from(table.tBodies[0]!.rows, (r) => [r.dataset.id!, r]));
  const params = new URLSearchParams(location.search);
  section.hidden = false;

  const writeUrl = () => {
    const search = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  };

  // Filter: typing 杭 or "ger" keeps the rows whose name holds it.
  const filter = section.querySelector<HTMLInputElement>('[data-filter]')!;
  filter.addEventListener('input', () => {
    const q = filter.value.normalize('NFKC').trim().toLowerCase();
    for (const row of rows.values()) row.hidden = !!q && !nameOf(row).normalize('NFKC').toLowerCase().includes(q);
  });

  // Highlight: one entity at a time, kept as ?h=.
  const highlight = (id: string | undefined) => {
    for (const [rowId, row] of rows) {
      const on = rowId === id;
      row.classList.toggle('highlighted', on);
      row.querySelector('.pin')?.setAttribute('aria-pressed', String(on));
    }
    if (id) params.set('h', id);
    else params.delete('h');
    writeUrl();
  };
  for (const [id, row] of rows) {
    const pin = document.createElement('button');
    pin.type = 'button';
    pin.className = 'pin';
    pin.setAttribute('aria-label', (labels.pin ?? '{entity}').replace('{entity}', nameOf(row)));
    pin.addEventListener('click', () => highlight(params.get('h') === id ? undefined : id));
    row.querySelector('a')?.after(pin);
  }
  const pinned = params.get('h');
  highlight(pinned && rows.has(pinned) ? pinned : undefined);

  const src = section.dataset.src;
  if (src)
    fetch(src)
      .then((r) => r.json() as Promise<ExplorePayload>)
      .then((payload) => weights(payload));

  function weights(payload: ExplorePayload) {
    const x = explorer(payload);
    const sliders = Array.from(section!.querySelectorAll<HTMLInputElement>('input[type="range"]'));
    const status = section!.querySelector<HTMLElement>('[data-status]')!;
    const yours = Array.from(table!.querySelectorAll<HTMLElement>('[data-yours]'));
    const inside = Array.from(table!.querySelectorAll<HTMLElement>('[data-inside]'));
    let current = readWeights(x, params.get('w') ?? '');
    for (const s of sliders) s.value = String(factorOf(s));
    let queued = false;

    function factorOf(s: HTMLInputElement): number {
      const [d, c] = [Number(s.dataset.level), Number(s.dataset.child)];
      return current[d]![c]! / x.published[d]![c]!;
    }

    const apply = () => {
      queued = false;
      const text = writeWeights(x, current);
      if (text) params.set('w', text);
      else params.delete('w');
      writeUrl();
      for (const s of sliders) {
        const w = current[Number(s.dataset.level)]!;
        const share = w[Number(s.dataset.child)]! / w.reduce((a, b) => a + b, 0);
        const out = s.parentElement!.querySelector('output')!;
        out.textContent = `${(share * 100).toFixed(1)}%`;
        s.setAttribute('aria-valuetext', out.textContent);
      }
      const changed = text !== '';
      for (const cell of [...yours, ...inside]) cell.hidden = !changed;
      if (!changed) {
        status.textContent = '';
        return;
      }
      const { ranks } = reweigh(x, current);
      let moved = 0;
      payload.ids.forEach((id, e) => {
        const row = rows.get(id);
        if (!row) return;
        const rank = ranks[e]!;
        const cell = row.querySelector<HTMLElement>('td[data-yours]')!;
        cell.textContent = String(rank);
        cell.dataset.value = String(rank);
        const published = Number(row.cells[0]!.dataset.value);
        if (published !== rank) moved++;
        const box = row.querySelector<HTMLElement>('td[data-inside]')!;
        const [low, high] = [Number(box.dataset.low), Number(box.dataset.high)];
        box.textContent = box.dataset.low ? (rank >= low && rank <= high ? labels.yes : labels.no)! : '—';
      });
      status.textContent = (labels.status ?? '{n}').replace('{n}', String(moved));
      // Rank order under the reader's weights.
      const body = table!.tBodies[0]!;
      body.append(
        ...Array.from(body.rows).sort(
          (a, b) =>
            Number(a.querySelector<HTMLElement>('td[data-yours]')!.dataset.value) -
            Number(b.querySelector<HTMLElement>('td[data-yours]')!.dataset.value),
        ),
      );
    };
    const schedule = () => {
      if (!queued) requestAnimationFrame(apply);
      queued = true;
    };
    for (const s of sliders)
      s.addEventListener('input', () => {
        const [d, c] = [Number(s.dataset.level), Number(s.dataset.child)];
        current = current.map((w, i) =>
          i === d ? w.map((v, j) => (j === c ? x.published[d]![c]! * Number(s.value) : v)) : w,
        );
        schedule();
      });
    section!.querySelector('[data-reset]')!.addEventListener('click', () => {
      current = x.published.map((w) => w.slice());
      for (const s of sliders) s.value = '1';
      apply();
      const body = table!.tBodies[0]!;
      body.append(
        ...Array.from(body.rows).sort((a, b) => Number(a.cells[0]!.dataset.value) - Number(b.cells[0]!.dataset.value)),
      );
    });
    apply();
  }
}

const nameOf = (row: HTMLTableRowElement) => row.querySelector('a')?.textContent ?? '';
