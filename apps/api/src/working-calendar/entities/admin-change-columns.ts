import { Column, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from '../../users/index.js';

/** Who last changed a calendar row and when; both calendar tables carry these columns. */
export abstract class AdminChangeColumns {
  /** The admin who last changed the row; null for what the import or the migration wrote. */
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by' })
  updater?: Relation<UserEntity>;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;
}
