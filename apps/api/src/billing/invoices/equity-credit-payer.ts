import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What one credit line may pay on an invoice being issued now: the lines of `projectId` draw on it. */
export interface EquityCreditPool {
  /** The credit line's id; the ledger keeps one EQUITY_CREDIT account per line. */
  creditLineId: string;
  projectId: string;
  /** Drawable now, counting tranches the draw itself would release (≥ 0). */
  availableFen: bigint;
}

/** Fen of one invoice line paid from one credit line. */
export interface EquityCreditUse {
  creditLineId: string;
  invoiceLineId: string;
  amountFen: bigint;
}

/**
 * The equity-credit payer of the invoice split, implemented by the equity feature (which billing
 * does not import): it locks an organisation's credit lines in the issuing transaction, says what
 * each may pay, and records the draws the split made, all in that same transaction.
 */
export interface EquityCreditPayer {
  pools(manager: EntityManager, organisationId: string, now: Date): Promise<EquityCreditPool[]>;
  draw(manager: EntityManager, input: { invoiceId: string; organisationId: string; now: Date; uses: readonly EquityCreditUse[] }): Promise<void>;
}

/** Where the equity feature plugs its payer in; with none, equity pays nothing and lines fall to cash. */
@Injectable()
export class EquityCreditPayers {
  private payer: EquityCreditPayer | null = null;

  use(payer: EquityCreditPayer): void {
    this.payer = payer;
  }

  current(): EquityCreditPayer | null {
    return this.payer;
  }
}
