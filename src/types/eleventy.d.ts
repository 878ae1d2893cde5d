// Eleventy ships no type declarations; these cover the parts Arshif calls.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    init(): Promise<void>;
    write(): Promise<unknown>;
    toJSON(): Promise<unknown[]>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
  }
  export const HtmlBasePlugin: unknown;
}
