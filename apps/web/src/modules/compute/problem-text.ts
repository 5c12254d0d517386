import type { RequestProblem } from '@suanli/domain';
import type { TFunction } from 'i18next';

/** A libs/domain problem in the reader's language, from its code and parameters. */
export function describeProblem(problem: Pick<RequestProblem, 'code' | 'params'>, t: TFunction): string {
  // Without `max` the cards exist but never in whole healthy domains (the topology's check).
  const key = problem.code === 'EXCEEDS_CLUSTER_CAPACITY' && problem.params.max === undefined ? 'NEVER_PLACED' : problem.code;
  return t(`request.problem.${key}`, { ...problem.params, defaultValue: t(`enums.UserErrorCode.${problem.code}`) });
}
