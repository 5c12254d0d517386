import core from '@zxcvbn-ts/core';
import common from '@zxcvbn-ts/language-common';
import en from '@zxcvbn-ts/language-en';

/**
 * zxcvbn-ts with the common and English dictionaries, built once: it spots words, repeats,
 * sequences and keyboard walks, which a length or character-class rule does not.
 * (The packages are CommonJS; under ESM only their default export is reliable.)
 */
const estimator = new core.ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

/** log10 of the number of guesses an attacker with a good cracker needs. */
export function guessesLog10(secret: string, userInputs: string[] = []): number {
  return estimator.check(secret, userInputs).guessesLog10;
}

export function strengthScore(secret: string, userInputs: string[] = []): 0 | 1 | 2 | 3 | 4 {
  return estimator.check(secret, userInputs).score;
}
