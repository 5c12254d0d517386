import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CARD_HEALTH, type CardHealth } from '@suanli/domain';
import { NodeEntity } from './node.entity.js';
import { sqlIn } from '../../database/check-sql.js';

@Entity({ name: 'cards' })
@Index('cards_node_index_uq', ['nodeId', 'index'], { unique: true })
@Check('cards_health_check', sqlIn('health', CARD_HEALTH))
export class CardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'node_id', type: 'uuid' })
  nodeId!: string;

  @ManyToOne(() => NodeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'node_id' })
  node?: Relation<NodeEntity>;

  @Column({ type: 'int' })
  index!: number;

  @Column({ name: 'domain_index', type: 'int' })
  domainIndex!: number;

  @Column({ name: 'memory_gb', type: 'int' })
  memoryGb!: number;

  @Column({ type: 'text', default: 'HEALTHY' })
  health!: CardHealth;
}
