/** citation-js ships no types; the tests use this much of it. */
declare module '@citation-js/core' {
  export class Cite {
    static async(input: string): Promise<Cite>;
    data: Array<Record<string, any>>;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
