import { guessesLog10 } from '../common/security/guessability.js';

/** Secrets people paste from docs and compose files; refused in production whatever their length. */
const PLACEHOLDER_WORDS = ['change-me', 'changeme', 'change_me', 'replace', 'placeholder', 'example', 'your-secret', 'set-it', 'secret-here', 'insert'];

/** 10^30 guesses ≈ 100 bits: out of reach offline for HS256 keys. 24 random bytes in base64 give 10^32. */
const MIN_GUESSES_LOG10 = 30;

/** Why this secret may not sign production sessions, or null when it may. */
export function weakJwtSecretReason(secret: string): string | null {
  if (secret.length < 32) return 'JWT_SECRET must be at least 32 characters';
  const lower = secret.toLowerCase();
  const word = PLACEHOLDER_WORDS.find((w) => lower.includes(w));
  if (word) return `JWT_SECRET looks like a placeholder (contains "${word}")`;
  if (guessesLog10(secret) < MIN_GUESSES_LOG10) {
    return 'JWT_SECRET is too easy to guess (words, repeats or sequences); generate one with `openssl rand -base64 48`';
  }
  return null;
}
