/**
 * `import()` of a module named at run time: JavaScript configs, plugins, and
 * the dependencies loaded only when needed. The CLI bundle (src/cli/launch.ts)
 * runs as a vm script, and Node 20 cannot serve a vm script's own `import()`
 * once its code comes from a code cache, so the launcher hands in its
 * `import()` as `__scrapelintImport`; everywhere else this is plain `import()`.
 */
declare const __scrapelintImport: ((specifier: string) => Promise<unknown>) | undefined

export function importModule<T>(specifier: string): Promise<T> {
  return (typeof __scrapelintImport === 'function' ? __scrapelintImport(specifier) : import(specifier)) as Promise<T>
}
