import { Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CardEntity } from '../../compute/index.js';
import { AllocationRequestEntity } from './allocation-request.entity.js';

/**
 * Which allocation holds which card over which time. The exclusion constraint is the guarantee
 * that no card is ever held twice at once: a bug or a race in code cannot get past it.
 * A running holding's range is open-ended ([start, )) and is closed when the allocation ends.
 */
@Entity({ name: 'card_holdings' })
@Exclusion('card_holdings_no_overlap', `USING gist ("card_id" WITH =, "during" WITH &&)`)
@Index('card_holdings_allocation_idx', ['allocationId'])
export class CardHoldingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'allocation_id', type: 'uuid' })
  allocationId!: string;

  @ManyToOne(() => AllocationRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'allocation_id' })
  allocation?: Relation<AllocationRequestEntity>;

  @Column({ name: 'card_id', type: 'uuid' })
  cardId!: string;

  @ManyToOne(() => CardEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'card_id' })
  card?: Relation<CardEntity>;

  @Column({ type: 'tstzrange' })
  during!: string;
}
