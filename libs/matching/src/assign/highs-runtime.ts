import type { Highs } from 'highs';

type HighsLoader = () => Promise<Highs>;

let runtime: Promise<Highs> | null = null;

/**
 * The HiGHS WebAssembly runtime, loaded once per process on first use and shared by every
 * later solve. Solves themselves are synchronous.
 */
export function loadHighsRuntime(): Promise<Highs> {
  runtime ??= import('highs')
    .then((mod) => {
      // highs ships CommonJS types for an ES entry: under NodeNext its default import is typed as
      // the CJS namespace, while Node's `import` gets highs.mjs whose default is the loader itself.
      const exported = mod.default as unknown as HighsLoader | { default: HighsLoader };
      return (typeof exported === 'function' ? exported : exported.default)();
    })
    .catch((error: unknown) => {
      runtime = null; // a failed load is retried by the next call
      throw error;
    });
  return runtime;
}
