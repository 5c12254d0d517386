import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/**
 * One zxcvbn-ts instance with the common and English dictionaries (ranking them takes ~100 ms, so
 * it is built on first use). It spots words, repeats, sequences and keyboard walks, which a length
 * or character-class rule does not. Used for passwords and for the production JWT secret check.
 */
let estimator: ZxcvbnFactory | null = null;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

/** log10 of the number of guesses an attacker with a good cracker needs. */
export function guessesLog10(secret: string, userInputs: string[] = []): number {
  return zxcvbn().check(secret, userInputs).guessesLog10;
}

/** zxcvbn's 0–4 score. */
export function strengthScore(secret: string, userInputs: string[] = []): number {
  return zxcvbn().check(secret, userInputs).score;
}
