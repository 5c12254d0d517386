import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenColumn } from './fen-column.js';

export const PROGRAMME_STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/**
 * A city's compute-voucher programme for one year. `committed_fen` is what approved vouchers hold
 * (less what expired back); the CHECK makes overrunning the budget impossible, whatever the code does.
 */
@Entity({ name: 'voucher_programmes' })
@Index('voucher_programmes_year_key', ['year'], { unique: true })
@Check('voucher_programmes_status_check', "status IN ('DRAFT','OPEN','CLOSED')")
@Check('voucher_programmes_budget_check', 'budget_fen > 0 AND committed_fen >= 0 AND committed_fen <= budget_fen')
@Check('voucher_programmes_terms_check', 'coverage_bp BETWEEN 1 AND 10000 AND per_organisation_cap_fen > 0 AND per_organisation_cap_fen <= budget_fen AND minimum_claim_fen >= 0 AND minimum_claim_fen <= per_organisation_cap_fen AND validity_months BETWEEN 1 AND 36')
@Check('voucher_programmes_settlement_check', "settlement IN ('MONTHLY','QUARTERLY')")
export class VoucherProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: 'OPEN' })
  status!: ProgrammeStatus;

  @Column(fenColumn('budget_fen'))
  budgetFen!: bigint;

  @Column(fenColumn('committed_fen', { default: 0 }))
  committedFen!: bigint;

  /** The share of an eligible line a voucher may pay, in basis points (5000 = 50 %). */
  @Column({ name: 'coverage_bp', type: 'int' })
  coverageBp!: number;

  @Column(fenColumn('per_organisation_cap_fen'))
  perOrganisationCapFen!: bigint;

  @Column(fenColumn('minimum_claim_fen', { default: 0 }))
  minimumClaimFen!: bigint;

  @Column({ name: 'validity_months', type: 'int', default: 12 })
  validityMonths!: number;

  @Column({ name: 'eligible_kinds', type: 'text', array: true })
  eligibleKinds!: string[];

  /** Empty: any industry. */
  @Column({ name: 'eligible_industries', type: 'text', array: true, default: () => "'{}'" })
  eligibleIndustries!: string[];

  @Column({ type: 'text', default: 'QUARTERLY' })
  settlement!: 'MONTHLY' | 'QUARTERLY';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
