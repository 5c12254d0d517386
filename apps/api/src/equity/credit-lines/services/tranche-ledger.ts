import type { TrancheLedger } from '@suanli/domain';
import { releaseOfJson } from '../../services/terms-codec.js';
import type { CreditLineEntity, CreditTrancheEntity } from '../entities/credit-line.entities.js';

/** The domain's view of a line's tranches (ordered by tranche_no) and what has been drawn from each. */
export function trancheLedgerOf(line: CreditLineEntity, tranches: readonly CreditTrancheEntity[]): TrancheLedger {
  const ordered = [...tranches].sort((a, b) => a.trancheNo - b.trancheNo);
  return {
    tranches: ordered.map((t) => ({
      index: t.trancheNo,
      percentBasisPoints: BigInt(t.percentBp),
      release: releaseOfJson(t.release),
      creditFen: t.creditFen,
      shares: t.shares,
    })),
    drawnFen: ordered.map((t) => t.drawnFen),
    creditExpiresAt: line.expiresAt,
  };
}
