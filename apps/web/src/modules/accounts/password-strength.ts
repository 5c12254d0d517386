import { PASSWORD_MAX_LENGTH, passwordUserInputs } from '@suanli/domain';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * zxcvbn-ts with the same dictionaries as the API (apps/api/src/passwords/password-strength.ts),
 * loaded on first use so the ~1 MB of word lists stays out of the main bundle.
 */
let loading: Promise<ZxcvbnFactory> | null = null;

function estimator(): Promise<ZxcvbnFactory> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      }),
  );
  return loading;
}

export async function passwordScore(password: string, personalDetails: (string | null | undefined)[]): Promise<number> {
  if ([...password].length > PASSWORD_MAX_LENGTH) return 0;
  return (await estimator()).check(password, passwordUserInputs(...personalDetails)).score;
}
