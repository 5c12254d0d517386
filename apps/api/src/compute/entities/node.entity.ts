import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { ClusterEntity } from './cluster.entity.js';

/** A server: cards of one type, grouped in interconnect domains of `domain_size` cards. */
@Entity({ name: 'nodes' })
@Index('nodes_cluster_name_uq', ['clusterId', 'name'], { unique: true })
@Check('nodes_shape_check', `cards_per_node > 0 AND domain_size > 0 AND cards_per_node % domain_size = 0`)
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
