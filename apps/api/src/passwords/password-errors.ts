import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordProblem } from '@suanli/domain';
import { DomainError } from '../common/errors/api-errors.js';
import { UserErrorCode } from '../common/errors/error-codes.js';

const WORDING: Record<PasswordProblem, string> = {
  TOO_SHORT: `at least ${PASSWORD_MIN_LENGTH} characters`,
  TOO_LONG: `at most ${PASSWORD_MAX_LENGTH} characters`,
  TOO_WEAK: 'too easy to guess (a common word, name, pattern or your own details)',
  SAME_AS_CURRENT: 'different from the current password',
};

/** Throws WEAK_PASSWORD on the given input field when any rule is broken. */
export function assertPasswordAcceptable(problems: PasswordProblem[], field: string[]): void {
  if (problems.length === 0) return;
  throw new DomainError(UserErrorCode.WEAK_PASSWORD, `The password must be ${problems.map((p) => WORDING[p]).join('; ')}`, field);
}
