import { Module } from '@nestjs/common';
import { TermSheetsService } from './services/term-sheets.service.js';
import { TermSheetAcceptanceFieldsResolver, TermSheetFieldsResolver } from './term-sheet-fields.resolver.js';
import { TermSheetsResolver } from './term-sheets.resolver.js';

@Module({ providers: [TermSheetsService, TermSheetsResolver, TermSheetFieldsResolver, TermSheetAcceptanceFieldsResolver] })
export class EquityModule {}
