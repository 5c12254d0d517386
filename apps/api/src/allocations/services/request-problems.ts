import type { RequestProblem } from '@suanli/domain';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';

/**
 * Refuses with the first problem libs/domain found, as the userError the web would show on that
 * field (the web runs the same check, so it shows them all before anything is sent).
 */
export function refuseOnProblems(problems: readonly RequestProblem[]): void {
  const [first] = problems;
  if (first) throw new DomainError(UserErrorCode[first.code], first.message, [first.field]);
}
