// A build has no "today": citations are formatted with a placeholder access date (9999-12-31), and
// the page's script puts the reader's date in its place. Styles write that date their own way —
// GB/T [9999-12-31] and, for a web page without a date of its own, [9999]; APA and Chicago
// December 31, 9999; MLA 31 Dec. 9999 — so each form is replaced as its style wrote it.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// MLA 9 abbreviates months of more than four letters (Sept., not Sep.).
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** `text` formatted with the access date 9999-12-31, dated `today` instead (the reader's local date). */
export function dateAccessed(text: string, today: Date): string {
  const y = String(today.getFullYear());
  const m = today.getMonth();
  const d = String(today.getDate());
  const iso = `${y}-${String(m + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;
  return text
    .replaceAll('9999-12-31', iso)
    .replaceAll('December 31, 9999', `${MONTHS[m]} ${d}, ${y}`)
    .replaceAll('31 Dec. 9999', `${d} ${MLA_MONTHS[m]} ${y}`)
    .replaceAll('[9999]', `[${y}]`);
}
