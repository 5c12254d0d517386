import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { PASSWORD_MAX_LENGTH, passwordProblems, passwordUserInputs, type PasswordProblem } from '@suanli/domain';

/** One zxcvbn-ts instance (its dictionaries take ~100 ms to rank), the same setup as the web meter. */
let zxcvbn: ZxcvbnFactory | null = null;
function estimator(): ZxcvbnFactory {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return zxcvbn;
}

/** The password's zxcvbn score (0–4) with the person's details as words an attacker would try. */
export function passwordScore(password: string, ...personalDetails: (string | null | undefined)[]): number {
  // zxcvbn is super-linear in length; anything past the maximum is refused anyway.
  if ([...password].length > PASSWORD_MAX_LENGTH) return 0;
  return estimator().check(password, passwordUserInputs(...personalDetails)).score;
}

export function checkPassword(password: string, personalDetails: (string | null | undefined)[], current?: string): PasswordProblem[] {
  return passwordProblems({ password, score: passwordScore(password, ...personalDetails), current });
}
