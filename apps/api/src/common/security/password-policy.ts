import { strengthScore } from './guessability.js';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn score 3: "safely unguessable: moderate protection from offline slow-hash scenario". */
export const PASSWORD_MIN_SCORE = 3;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_WEAK';

/** Printed in the README and banner for the demo centre: never acceptable for a real account. */
const PUBLISHED_PASSWORDS = new Set(['suanli#2026']);

/** An email and a name, and their parts, as zxcvbn user inputs ("wang.min@x" → wang.min, wang, min, x…). */
function knownWords(userInputs: string[]): string[] {
  const words = new Set<string>();
  for (const input of userInputs) {
    const lower = input.trim().toLowerCase();
    if (!lower) continue;
    words.add(lower);
    const local = lower.split('@')[0];
    words.add(local);
    for (const part of lower.split(/[@.\s_+-]+/)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

/** Why a new password is refused, or null. `userInputs` (email, name) count as known to an attacker. */
export function passwordProblem(password: string, userInputs: string[] = []): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (password.length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  if (PUBLISHED_PASSWORDS.has(password.toLowerCase())) return 'TOO_WEAK';
  if (strengthScore(password, knownWords(userInputs)) < PASSWORD_MIN_SCORE) return 'TOO_WEAK';
  return null;
}
