import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/index.js';
import { CapTableDownloadsController } from './cap-tables/cap-table-downloads.controller.js';
import { CapTablesResolver } from './cap-tables/cap-tables.resolver.js';
import { BuyBacksService } from './cap-tables/services/buy-backs.service.js';
import { CapTableReader } from './cap-tables/services/cap-table-reader.js';
import { CapTableWritesService } from './cap-tables/services/cap-table-writes.service.js';
import { CreditLinesResolver, TermSheetCreditLineResolver } from './credit-lines/credit-lines.resolver.js';
import { CreditLineExpiry } from './credit-lines/services/credit-line-expiry.js';
import { CreditLineQueriesService } from './credit-lines/services/credit-line-queries.service.js';
import { CreditLinesService } from './credit-lines/services/credit-lines.service.js';
import { PortfolioResolver } from './portfolio/portfolio.resolver.js';
import { PortfolioService } from './portfolio/services/portfolio.service.js';
import { TermSheetsService } from './services/term-sheets.service.js';
import { TermSheetAcceptanceFieldsResolver, TermSheetFieldsResolver } from './term-sheet-fields.resolver.js';
import { TermSheetsResolver } from './term-sheets.resolver.js';

/** Imports BillingModule for its EquityCreditPayers, where CreditLinesService plugs in as the equity payer. */
@Module({
  imports: [BillingModule],
  controllers: [CapTableDownloadsController],
  providers: [
    TermSheetsService, TermSheetsResolver, TermSheetFieldsResolver, TermSheetAcceptanceFieldsResolver,
    CreditLinesService, CreditLineQueriesService, CreditLineExpiry, CreditLinesResolver, TermSheetCreditLineResolver,
    CapTableReader, CapTableWritesService, BuyBacksService, CapTablesResolver,
    PortfolioService, PortfolioResolver,
  ],
})
export class EquityModule {}
