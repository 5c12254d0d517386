import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access/access.decorators.js';
import { ConnectionArgs } from '../../common/pagination/connection-args.js';
import { LedgerCheck, LedgerEntryConnection } from '../models/ledger.model.js';
import { LedgerQueriesService } from './ledger-queries.service.js';

@Resolver()
export class LedgerResolver {
  constructor(private readonly ledger: LedgerQueriesService) {}

  @Allow('BILLING_WRITE')
  @Query(() => LedgerCheck, { description: 'Whether the ledger balances and matches the invoices, vouchers and payments.' })
  ledgerCheck() {
    return this.ledger.check();
  }

  @Allow('BILLING_WRITE')
  @Query(() => LedgerEntryConnection, { description: 'Ledger entries, newest first.' })
  ledgerEntries(@Args() args: ConnectionArgs) {
    return this.ledger.entries(args);
  }
}
