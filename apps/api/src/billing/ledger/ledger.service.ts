import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LedgerEntryEntity } from '../entities/ledger.entity.js';
import { accountCode, type AccountRef } from './ledger-accounts.js';

export interface Leg {
  account: AccountRef;
  /** Debit positive, credit negative. */
  amountFen: bigint;
}

export interface Movement {
  reason: string;
  legs: readonly Leg[];
  invoiceId?: string | null;
  paymentId?: string | null;
  voucherId?: string | null;
  memo?: string;
}

/**
 * Writes movements of money as double-entry transactions inside the caller's transaction. The
 * database checks at commit that each transaction balances; checking here as well names the bug
 * at its source instead of at COMMIT.
 */
@Injectable()
export class LedgerService {
  async post(manager: EntityManager, movement: Movement): Promise<string> {
    const legs = movement.legs.filter((leg) => leg.amountFen !== 0n);
    const sum = legs.reduce((total, leg) => total + leg.amountFen, 0n);
    if (sum !== 0n) throw new Error(`ledger movement ${movement.reason} does not balance: off by ${sum} fen`);
    const transactionId = randomUUID();
    if (legs.length === 0) return transactionId;
    const ids = await this.accountIds(manager, legs.map((leg) => leg.account));
    await manager.insert(
      LedgerEntryEntity,
      legs.map((leg) => ({
        transactionId,
        accountId: ids.get(accountCode(leg.account))!,
        amountFen: leg.amountFen,
        reason: movement.reason,
        invoiceId: movement.invoiceId ?? null,
        paymentId: movement.paymentId ?? null,
        voucherId: movement.voucherId ?? null,
        memo: movement.memo ?? '',
      })),
    );
    return transactionId;
  }

  /** Opens accounts on first use; concurrent first uses meet on the unique code. */
  private async accountIds(manager: EntityManager, refs: readonly AccountRef[]): Promise<Map<string, string>> {
    const unique = new Map(refs.map((ref) => [accountCode(ref), ref]));
    const codes = [...unique.keys()];
    await manager.query(
      `INSERT INTO ledger_accounts (code, kind, organisation_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[]) ON CONFLICT (code) DO NOTHING`,
      [codes, codes.map((c) => unique.get(c)!.kind), codes.map((c) => unique.get(c)!.organisationId ?? null)],
    );
    const rows: { id: string; code: string }[] = await manager.query('SELECT id, code FROM ledger_accounts WHERE code = ANY($1::text[])', [codes]);
    return new Map(rows.map((row) => [row.code, row.id]));
  }
}
