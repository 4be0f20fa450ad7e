// Citations dated the reader's today, and a copy button for every snippet and citation (only where
// the script runs; the text stays selectable without it).

/** Put today's date into each citation rendered with the placeholder access date. */
export function dateCitations(root: ParentNode = document): void {
  const today = new Date().toISOString().slice(0, 10);
  root.querySelectorAll<HTMLElement>('[data-cite][data-dated]:not([data-dated-done])').forEach((el) => {
    el.textContent = el.dataset.dated!.replaceAll(el.dataset.placeholder!, today);
    el.dataset.datedDone = '';
  });
}

/** A button after each `.snippet`, announced through the page's `[data-copy-status]` region. */
export function addCopyButtons(root: ParentNode = document): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!status) return;
  root.querySelectorAll<HTMLElement>('.snippet:not([data-copy-ready])').forEach((el) => {
    el.dataset.copyReady = '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = status.dataset.copy!;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(el.textContent!.trim());
      button.textContent = status.dataset.copied!;
      status.textContent = status.dataset.copied!;
      setTimeout(() => {
        button.textContent = status.dataset.copy!;
      }, 2000);
    });
    el.after(button);
  });
}
