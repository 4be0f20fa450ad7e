// Citations dated the reader's today, and a copy button for every snippet and citation (only where
// the script runs; the text stays selectable without it).
// Directly, not through the folder's index.ts: that would bring citeproc into the page.
import { dateAccessed } from '../lib/citations/date-accessed.ts';

/** Put the reader's today into each citation rendered with the placeholder access date. */
export function dateCitations(root: ParentNode = document): void {
  const today = new Date();
  root.querySelectorAll<HTMLElement>('[data-cite][data-dated]:not([data-dated-done])').forEach((el) => {
    el.textContent = dateAccessed(el.dataset.dated!, today);
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
