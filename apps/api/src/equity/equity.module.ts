import { Module } from '@nestjs/common';
import { CapTableDownloadsController } from './cap-tables/cap-table-downloads.controller.js';
import { CapTablesResolver } from './cap-tables/cap-tables.resolver.js';
import { BuyBacksService } from './cap-tables/services/buy-backs.service.js';
import { CapTableReader } from './cap-tables/services/cap-table-reader.js';
import { CapTableWritesService } from './cap-tables/services/cap-table-writes.service.js';
import { TermSheetsService } from './services/term-sheets.service.js';
import { TermSheetsResolver } from './term-sheets.resolver.js';

@Module({ controllers: [CapTableDownloadsController], providers: [TermSheetsService, TermSheetsResolver, CapTableReader, CapTableWritesService, BuyBacksService, CapTablesResolver] })
export class EquityModule {}
