import type { LedgerAccountKind } from '../entities/ledger.entity.js';

/** An account named by its kind and, for per-object kinds, the object it belongs to. */
export interface AccountRef {
  kind: LedgerAccountKind;
  /** The organisation, programme or voucher the account is kept for; absent for centre-wide ones. */
  of?: string;
  organisationId?: string | null;
}

export const account = {
  receivable: (organisationId: string): AccountRef => ({ kind: 'RECEIVABLE', of: organisationId, organisationId }),
  cash: (): AccountRef => ({ kind: 'CASH' }),
  revenue: (): AccountRef => ({ kind: 'REVENUE' }),
  freeAdaptation: (): AccountRef => ({ kind: 'FREE_ADAPTATION' }),
  cityGrant: (programmeId: string): AccountRef => ({ kind: 'CITY_GRANT', of: programmeId }),
  programmeBudget: (programmeId: string): AccountRef => ({ kind: 'PROGRAMME_BUDGET', of: programmeId }),
  voucher: (voucherId: string, organisationId: string): AccountRef => ({ kind: 'VOUCHER', of: voucherId, organisationId }),
  /** What a credit line has paid for the startup's compute: the centre's investment for its shares. */
  equityCredit: (creditLineId: string, organisationId: string): AccountRef => ({ kind: 'EQUITY_CREDIT', of: creditLineId, organisationId }),
};

export function accountCode(ref: AccountRef): string {
  return ref.of ? `${ref.kind}:${ref.of}` : ref.kind;
}
