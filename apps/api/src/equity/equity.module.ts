import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/index.js';
import { CreditLinesResolver, TermSheetCreditLineResolver } from './credit-lines/credit-lines.resolver.js';
import { CreditLineExpiry } from './credit-lines/services/credit-line-expiry.js';
import { CreditLineQueriesService } from './credit-lines/services/credit-line-queries.service.js';
import { CreditLinesService } from './credit-lines/services/credit-lines.service.js';
import { PortfolioResolver } from './portfolio/portfolio.resolver.js';
import { PortfolioService } from './portfolio/services/portfolio.service.js';
import { TermSheetsService } from './services/term-sheets.service.js';
import { TermSheetsResolver } from './term-sheets.resolver.js';

/** Imports BillingModule for its EquityCreditPayers, where CreditLinesService plugs in as the equity payer. */
@Module({
  imports: [BillingModule],
  providers: [
    TermSheetsService, TermSheetsResolver,
    CreditLinesService, CreditLineQueriesService, CreditLineExpiry, CreditLinesResolver, TermSheetCreditLineResolver,
    PortfolioService,
    PortfolioResolver,
  ],
})
export class EquityModule {}
