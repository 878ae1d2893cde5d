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

// Nunjucks (Eleventy's template engine) ships no declarations either; tests render partials with it.
declare module 'nunjucks' {
  export class FileSystemLoader {
    constructor(searchPaths: string | string[]);
  }
  export class Environment {
    constructor(loader: FileSystemLoader, options?: { autoescape?: boolean });
    addFilter(name: string, fn: (...args: never[]) => unknown): this;
    render(name: string, context: Record<string, unknown>): string;
    renderString(source: string, context: Record<string, unknown>): string;
  }
}
