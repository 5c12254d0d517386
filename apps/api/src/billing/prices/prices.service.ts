import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkCardPrice, discountBasisPoints } from '@suanli/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { AuditService } from '../../audit/index.js';
import type { SetCardPriceInput } from '../dto/price.inputs.js';
import { CardPriceEntity } from '../entities/card-price.entity.js';
import type { CardPrice, PriceListEntry } from '../models/card-price.model.js';

export function toCardPrice(row: CardPriceEntity): CardPrice {
  return {
    id: row.id,
    cardType: row.cardType,
    effectiveFrom: row.effectiveFrom,
    priceFen: row.priceFen,
    marketPriceFen: row.marketPriceFen,
    discountBasisPoints: row.marketPriceFen === null ? null : Number(discountBasisPoints(row.priceFen, row.marketPriceFen)),
    note: row.note,
    createdAt: row.createdAt,
  };
}

@Injectable()
export class PricesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every card type with a price or in the inventory, with its versions. */
  async priceList(now = new Date()): Promise<PriceListEntry[]> {
    const rows = await this.dataSource.getRepository(CardPriceEntity).find({ order: { cardType: 'ASC', effectiveFrom: 'DESC' } });
    const inventory: { card_type: string }[] = await this.dataSource.query('SELECT DISTINCT card_type FROM nodes ORDER BY card_type');
    const types = [...new Set([...inventory.map((r) => r.card_type), ...rows.map((r) => r.cardType)])].sort();
    return types.map((cardType) => {
      const history = rows.filter((r) => r.cardType === cardType);
      const current = history.find((r) => r.effectiveFrom <= now) ?? null;
      const upcoming = history.filter((r) => r.effectiveFrom > now);
      return { cardType, current: current && toCardPrice(current), next: upcoming.length ? toCardPrice(upcoming.at(-1)!) : null, history: history.map(toCardPrice) };
    });
  }

  /** The version in force at an instant, or null. */
  async priceAt(manager: EntityManager, cardType: string, at: Date): Promise<CardPriceEntity | null> {
    return manager
      .getRepository(CardPriceEntity)
      .createQueryBuilder('p')
      .where('p.card_type = :cardType AND p.effective_from <= :at', { cardType, at })
      .orderBy('p.effective_from', 'DESC')
      .getOne();
  }

  async setPrice(actor: Actor, input: SetCardPriceInput, ip: string | null): Promise<{ price: CardPrice }> {
    const problems = checkCardPrice(input.priceFen, input.marketPriceFen ?? null);
    if (problems.length > 0) {
      const onMarket = problems.every((p) => p.startsWith('MARKET'));
      throw new DomainError(UserErrorCode.INVALID_PRICE, `The price is not valid (${problems.join(', ')})`, [onMarket ? 'marketPriceFen' : 'priceFen']);
    }
    const cardType = input.cardType.trim();
    return this.dataSource.transaction(async (manager) => {
      // Serialises with billing: an invoice issued meanwhile cannot slip under the new version.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('suanli.card_prices'))`);
      const [known]: unknown[] = await manager.query('SELECT 1 FROM nodes WHERE card_type = $1 LIMIT 1', [cardType]);
      if (!known) throw new DomainError(UserErrorCode.UNKNOWN_CARD_TYPE, `No card of type "${cardType}" is in the inventory`, ['cardType']);
      const [invoiced]: { period_end: Date }[] = await manager.query(
        `SELECT max(i.period_end) AS period_end FROM invoices i
         WHERE i.status IN ('DRAFT','ISSUED','PAID') AND i.kind = 'INVOICE' AND i.period_end > $1
           AND EXISTS (SELECT 1 FROM invoice_lines l WHERE l.invoice_id = i.id AND l.card_type = $2)
           AND i.status <> 'DRAFT'`,
        [input.effectiveFrom, cardType],
      );
      if (invoiced?.period_end) {
        throw new DomainError(
          UserErrorCode.PRICE_CHANGES_ISSUED_INVOICES,
          `Usage up to ${invoiced.period_end.toISOString()} is already invoiced at the old price; the new price must start then or later`,
          ['effectiveFrom'],
        );
      }
      const [clash] = await manager.find(CardPriceEntity, { where: { cardType, effectiveFrom: input.effectiveFrom } });
      if (clash) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'A version of this price already starts at that moment', ['effectiveFrom']);
      const row = await manager.save(CardPriceEntity, manager.create(CardPriceEntity, {
        cardType,
        priceFen: input.priceFen,
        marketPriceFen: input.marketPriceFen ?? null,
        effectiveFrom: input.effectiveFrom,
        note: input.note.trim(),
        createdById: actor.kind === 'user' ? actor.id : null,
      }));
      await this.audit.record(manager, {
        actor,
        action: 'PRICE_PUBLISHED',
        target: { type: 'CARD_PRICE', id: row.id },
        details: { cardType, priceFen: input.priceFen.toString(), effectiveFrom: input.effectiveFrom.toISOString() },
        ip,
      });
      return { price: toCardPrice(row) };
    });
  }
}
