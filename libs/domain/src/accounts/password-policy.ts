/**
 * The password rules, shared by the API (which enforces them) and the web app (which shows them
 * live). The strength score comes from zxcvbn-ts (0–4), computed by the caller with the same
 * dictionaries on both sides, so this module stays free of the dictionaries' weight.
 */
export const PASSWORD_MIN_LENGTH = 10;
/** Argon2 hashes anything, but a megabyte "password" is a denial-of-service, not a secret. */
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn's "safely unguessable" (≥ 10^8 guesses): what NIST SP 800-63B's blocklist intent asks for. */
export const PASSWORD_MIN_SCORE = 3;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_WEAK' | 'SAME_AS_CURRENT';

export interface PasswordCheck {
  password: string;
  /** zxcvbn score of the password, with the person's email, name and organisation as user inputs. */
  score: number;
  /** When changing: the password it replaces. */
  current?: string;
}

/** Every rule the password breaks, in the order to show them; empty when it is acceptable. */
export function passwordProblems({ password, score, current }: PasswordCheck): PasswordProblem[] {
  const length = [...password].length;
  const problems: PasswordProblem[] = [];
  if (length < PASSWORD_MIN_LENGTH) problems.push('TOO_SHORT');
  if (length > PASSWORD_MAX_LENGTH) problems.push('TOO_LONG');
  if (score < PASSWORD_MIN_SCORE) problems.push('TOO_WEAK');
  if (current !== undefined && current === password) problems.push('SAME_AS_CURRENT');
  return problems;
}

/** Words a password must not lean on: the person's own details and the product's name. */
export function passwordUserInputs(...details: (string | null | undefined)[]): string[] {
  const words = new Set<string>(['suanli', '算力']);
  for (const detail of details) {
    if (!detail) continue;
    const value = detail.trim().toLowerCase();
    if (!value) continue;
    words.add(value);
    // An email's local part and domain labels are guessed on their own, with and without their
    // separators ("rongcheng-vision" and "rongchengvision"), and so is each word in them.
    for (const label of value.split(/[@.\s]+/)) {
      for (const part of [label, label.replace(/[^\p{L}\p{N}]+/gu, ''), ...label.split(/[_-]+/)]) if (part.length >= 3) words.add(part);
    }
  }
  return [...words];
}
