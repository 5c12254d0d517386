import { Module } from '@nestjs/common';
import { TermSheetsService } from './services/term-sheets.service.js';
import { TermSheetsResolver } from './term-sheets.resolver.js';

@Module({ providers: [TermSheetsService, TermSheetsResolver] })
export class EquityModule {}
