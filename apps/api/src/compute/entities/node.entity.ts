import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from '../../users/index.js';
import { ClusterEntity } from './cluster.entity.js';

/** A server: cards of one type, grouped in interconnect domains of `domain_size` cards. */
@Entity({ name: 'nodes' })
@Index('nodes_cluster_name_uq', ['clusterId', 'name'], { unique: true })
@Check('nodes_shape_check', `cards_per_node > 0 AND domain_size > 0 AND cards_per_node % domain_size = 0`)
// Only a drained node is retired, and a retirement always says who did it.
@Check('nodes_retired_check', `retired_at IS NULL OR (drain_reason IS NOT NULL AND retired_by_id IS NOT NULL)`)
export class NodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: Relation<ClusterEntity>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'card_type', type: 'text' })
  cardType!: string;

  @Column({ name: 'cards_per_node', type: 'int' })
  cardsPerNode!: number;

  @Column({ name: 'domain_size', type: 'int' })
  domainSize!: number;

  @Column({ name: 'drain_reason', type: 'text', nullable: true })
  drainReason!: string | null;

  /**
   * Decommissioned: gone from the grid, the scheduler, capacity and utilisation. The row and its
   * cards stay, because card_holdings (the metered card-hours) reference them.
   */
  @Column({ name: 'retired_at', type: 'timestamptz', precision: 3, nullable: true })
  retiredAt!: Date | null;

  @Column({ name: 'retired_by_id', type: 'uuid', nullable: true })
  retiredById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'retired_by_id' })
  retiredBy?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
