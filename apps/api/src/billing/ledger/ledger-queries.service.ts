import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Connection } from '../../common/pagination/connection.js';
import { paginate } from '../../common/pagination/paginate.js';
import { LedgerEntryEntity } from '../entities/ledger.entity.js';
import type { LedgerCheck, LedgerEntry } from '../models/ledger.model.js';

@Injectable()
export class LedgerQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The reconciliation the ledger must always pass, computed by the database views. */
  async check(): Promise<LedgerCheck> {
    const [totals]: { total: string; unbalanced: number }[] = await this.dataSource.query(
      `SELECT COALESCE((SELECT sum(amount_fen) FROM ledger_entries), 0) AS total,
              (SELECT count(*) FROM (SELECT transaction_id FROM ledger_entries GROUP BY transaction_id HAVING sum(amount_fen) <> 0) t)::int AS unbalanced`,
    );
    const [receivable]: { mismatches: number }[] = await this.dataSource.query('SELECT count(*)::int AS mismatches FROM receivable_reconciliation WHERE ledger_fen <> documents_fen');
    const [vouchers]: { mismatches: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS mismatches FROM vouchers v
       LEFT JOIN ledger_account_balances b ON b.code = 'VOUCHER:' || v.id
       WHERE -COALESCE(b.balance_fen, 0) <> v.balance_fen`,
    );
    const centre: { code: string; kind: string; organisation_id: string | null; balance_fen: string }[] = await this.dataSource.query(
      "SELECT code, kind, organisation_id, balance_fen FROM ledger_account_balances WHERE kind IN ('CASH','REVENUE','FREE_ADAPTATION') ORDER BY code",
    );
    const totalFen = BigInt(totals.total);
    return {
      healthy: totalFen === 0n && totals.unbalanced === 0 && receivable.mismatches === 0 && vouchers.mismatches === 0,
      totalFen,
      unbalancedTransactions: totals.unbalanced,
      receivableMismatches: receivable.mismatches,
      voucherMismatches: vouchers.mismatches,
      centreAccounts: centre.map((a) => ({ code: a.code, kind: a.kind, organisationId: a.organisation_id, balanceFen: BigInt(a.balance_fen) })),
    };
  }

  async entries(args: { first: number; after?: string | null }): Promise<Connection<LedgerEntry>> {
    const query = this.dataSource.getRepository(LedgerEntryEntity).createQueryBuilder('e').leftJoinAndSelect('e.account', 'account');
    const page = await paginate(query, args, { newestFirst: true });
    return {
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: { id: e.node.id, transactionId: e.node.transactionId, accountCode: e.node.account!.code, amountFen: e.node.amountFen, reason: e.node.reason, memo: e.node.memo, createdAt: e.node.createdAt },
      })),
      pageInfo: page.pageInfo,
      get totalCount() {
        return page.totalCount;
      },
    };
  }
}
