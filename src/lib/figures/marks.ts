/** One datum as drawn: what tooltips, keyboard navigation, summaries and the CSV export share. */
export interface Mark {
  label: string;
  value: number | null;
  /** Shown instead of the bare value (e.g. "≥ 700", "合计 7"). */
  display: string;
}

/** The rendered figure: SVG markup plus the marks it drew, in reading order. */
export interface Chart {
  svg: string;
  marks: Mark[];
  width: number;
  height: number;
}

/** The width of the layout phones get: at least 12 px text in any container 320 px wide or more. */
export const NARROW_WIDTH = 320;
