import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The centre's billing settings: one row. */
@Entity({ name: 'billing_settings' })
@Check('billing_settings_singleton_check', 'id = 1')
@Check('billing_settings_terms_check', 'payment_terms_days BETWEEN 1 AND 365')
export class BillingSettingsEntity {
  @PrimaryColumn({ type: 'int', default: 1 })
  id!: number;

  /** Days from issue to due date; unpaid after that, an invoice is overdue. */
  @Column({ name: 'payment_terms_days', type: 'int', default: 30 })
  paymentTermsDays!: number;

  /** Who pays an eligible line first after free adaptation work; CASH is always last. */
  @Column({ name: 'payer_order', type: 'text', array: true, default: () => "'{FREE,VOUCHER,EQUITY,CASH}'" })
  payerOrder!: string[];
}
