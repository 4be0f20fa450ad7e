// The compare page: the entities chosen in the URL (?e=CHE,NOR, 2–4 of them) side by side, their dimension profiles
// and ranks by edition read from the table every reader has. Ticking a box updates the view and the URL.
const MAX = 4;

export function enhanceCompare(): void {
  const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
  const view = document.querySelector<HTMLElement>('[data-compare-view]');
  if (!form || !view) return;
  const labels = JSON.parse(form.dataset.labels ?? '{}') as Record<string, string>;
  const scale = Number(form.dataset.scale) || 1;
  const years = JSON.parse(form.dataset.years ?? '[]') as number[];
  const boxes = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="e"]'));
  const known = new Set(boxes.map((b) => b.value));
  const fromUrl = new URLSearchParams(location.search)
    .getAll('e')
    .flatMap((v) => v.split(','))
    .filter((id) => known.has(id));
  let chosen = [...new Set(fromUrl)].slice(0, MAX);

  const render = () => {
    for (const b of boxes) {
      b.checked = chosen.includes(b.value);
      b.disabled = !b.checked && chosen.length >= MAX;
    }
    const search = chosen.length ? `?e=${chosen.map(encodeURIComponent).join(',')}` : '';
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    view.hidden = false;
    if (chosen.length < 2) {
      view.replaceChildren(text('p', labels.need ?? ''));
      return;
    }
    view.replaceChildren(
      ...chosen.map((id) => card(form.querySelector<HTMLTableRowElement>(`tr[data-id="${css(id)}"]`)!)),
    );
  };

  const card = (row: HTMLTableRowElement) => {
    const article = document.createElement('article');
    article.className = 'compare-card';
    const name = row.querySelector('label')!;
    const heading = text('h2', name.textContent ?? '');
    heading.lang = name.lang;
    const facts = document.createElement('p');
    facts.textContent =
      `${labels.rank} ${row.querySelector('[data-rank]')!.textContent} · ` +
      `${labels.score} ${row.querySelector('[data-score]')!.textContent}`;
    const profile = document.createElement('dl');
    profile.className = 'compare-profile';
    for (const cell of row.querySelectorAll<HTMLElement>('td[data-dimension]')) {
      const bar = document.createElement('span');
      bar.className = 'compare-bar';
      bar.style.width = `${Math.max(0, Math.min(100, (Number(cell.dataset.value) / scale) * 100))}%`;
      const value = document.createElement('dd');
      value.append(bar, text('span', cell.textContent?.trim() ?? ''));
      profile.append(text('dt', cell.dataset.dimension ?? ''), value);
    }
    article.append(heading, facts, profile);
    if (years.length) {
      const list = document.createElement('ol');
      list.className = 'compare-history';
      list.setAttribute('aria-label', labels.history ?? '');
      for (const y of years) {
        const rank = row.querySelector(`td[data-year="${y}"]`)?.textContent ?? '—';
        list.append(text('li', `${(labels.edition ?? '{year}').replace('{year}', String(y))}: ${rank}`));
      }
      article.append(text('h3', labels.history ?? ''), list);
    }
    const remove = text('button', '×');
    remove.type = 'button';
    remove.className = 'compare-remove';
    remove.setAttribute('aria-label', (labels.remove ?? '{entity}').replace('{entity}', name.textContent ?? ''));
    remove.addEventListener('click', () => {
      chosen = chosen.filter((c) => c !== row.dataset.id);
      render();
    });
    article.append(remove);
    return article;
  };

  form.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.name !== 'e') return;
    chosen = box.checked ? [...chosen, box.value].slice(0, MAX) : chosen.filter((c) => c !== box.value);
    render();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    view.scrollIntoView();
  });
  render();
}

function text<K extends keyof HTMLElementTagNameMap>(tag: K, content: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = content;
  return node;
}

const css = (id: string) => id.replace(/["\\]/g, '\\$&');
