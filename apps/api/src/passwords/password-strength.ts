import { PASSWORD_MAX_LENGTH, passwordProblems, passwordUserInputs, type PasswordProblem } from '@suanli/domain';
import { strengthScore } from '../common/security/guessability.js';

/** The password's zxcvbn score (0–4) with the person's details as words an attacker would try. */
export function passwordScore(password: string, ...personalDetails: (string | null | undefined)[]): number {
  // zxcvbn is super-linear in length; anything past the maximum is refused anyway.
  if ([...password].length > PASSWORD_MAX_LENGTH) return 0;
  return strengthScore(password, passwordUserInputs(...personalDetails));
}

export function checkPassword(password: string, personalDetails: (string | null | undefined)[], current?: string): PasswordProblem[] {
  return passwordProblems({ password, score: passwordScore(password, ...personalDetails), current });
}
