import type { TFunction } from 'i18next';

/** A stand-in for i18next's t() over a fixed dictionary, for unit tests that run without i18next. */
export function fakeT(words: Record<string, string>): TFunction {
  return ((key: string, options?: { defaultValue?: string }) => words[key] ?? options?.defaultValue ?? key) as unknown as TFunction;
}
