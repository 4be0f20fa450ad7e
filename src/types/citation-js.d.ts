// The parts of citation-js (untyped) the site uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: import('../lib/citations/work.ts').CslItem[];
    format(format: 'bibliography' | 'citation' | 'bibtex' | 'ris' | 'data', options?: Record<string, unknown>): string;
  }
  export const plugins: { config: { get(plugin: string): unknown } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
