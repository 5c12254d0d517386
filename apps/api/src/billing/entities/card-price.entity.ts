import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenColumn } from './fen-column.js';

/**
 * One version of the price of a card type per card-hour, from `effectiveFrom` until the next
 * version of the same type. Versions are only ever added: history is never rewritten, so an
 * issued invoice keeps pointing at the price it was billed with.
 */
@Entity({ name: 'card_prices' })
@Index('card_prices_type_from_key', ['cardType', 'effectiveFrom'], { unique: true })
@Check('card_prices_price_check', 'price_fen > 0 AND price_fen <= 100000000')
@Check('card_prices_market_check', 'market_price_fen IS NULL OR market_price_fen > 0')
export class CardPriceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'card_type', type: 'text' })
  cardType!: string;

  @Column({ name: 'effective_from', type: 'timestamptz', precision: 3 })
  effectiveFrom!: Date;

  @Column(fenColumn('price_fen'))
  priceFen!: bigint;

  /** What the market charges for the same card-hour, shown beside our price with the discount. */
  @Column(fenColumn('market_price_fen', { nullable: true }))
  marketPriceFen!: bigint | null;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
