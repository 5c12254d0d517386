import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UrgentApprovalAndOpenRequestCap1796117268370 implements MigrationInterface {
  name = 'UrgentApprovalAndOpenRequestCap1796117268370';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"allocation_requests\" ADD \"requested_priority\" text NOT NULL DEFAULT 'STANDARD'");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" ADD \"urgency\" text");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" ADD \"urgency_decided_by_id\" uuid");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" ADD \"urgency_decided_at\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"organisation_scheduling\" ADD \"urgent_card_hours_per_month\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"organisation_scheduling\" ADD \"max_open_requests\" integer");
    // Existing rows asked for what they got. A waiting URGENT request was never approved: it now
    // waits at STANDARD for a manager (its notices are withdrawn by the next pass); past and
    // running ones keep their class as approved.
    await queryRunner.query("UPDATE \"allocation_requests\" SET \"requested_priority\" = \"priority\"");
    await queryRunner.query("UPDATE \"allocation_requests\" SET \"urgency\" = CASE WHEN \"state\" = 'QUEUED' THEN 'AWAITING_APPROVAL' ELSE 'APPROVED' END, \"priority\" = CASE WHEN \"state\" = 'QUEUED' THEN 'STANDARD' ELSE \"priority\" END WHERE \"priority\" = 'URGENT'");
    await queryRunner.query("CREATE INDEX \"alloc_org_open_idx\" ON \"allocation_requests\"  (\"organisation_id\") WHERE state IN ('QUEUED','RUNNING')");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" ADD CONSTRAINT \"alloc_urgency_effective_check\" CHECK (priority <> 'URGENT' OR urgency IN ('STAFF','BUDGET','APPROVED'))");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" ADD CONSTRAINT \"alloc_urgency_check\" CHECK (urgency IS NULL OR urgency IN ('STAFF','BUDGET','AWAITING_APPROVAL','APPROVED','DECLINED'))");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" ADD CONSTRAINT \"alloc_requested_priority_check\" CHECK (requested_priority IN ('ADAPTATION','STANDARD','URGENT'))");
    await queryRunner.query("ALTER TABLE \"organisation_scheduling\" ADD CONSTRAINT \"org_sched_max_open_check\" CHECK (max_open_requests IS NULL OR max_open_requests > 0)");
    await queryRunner.query("ALTER TABLE \"organisation_scheduling\" ADD CONSTRAINT \"org_sched_urgent_budget_check\" CHECK (urgent_card_hours_per_month >= 0)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"organisation_scheduling\" DROP CONSTRAINT \"org_sched_urgent_budget_check\"");
    await queryRunner.query("ALTER TABLE \"organisation_scheduling\" DROP CONSTRAINT \"org_sched_max_open_check\"");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" DROP CONSTRAINT \"alloc_requested_priority_check\"");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" DROP CONSTRAINT \"alloc_urgency_check\"");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" DROP CONSTRAINT \"alloc_urgency_effective_check\"");
    await queryRunner.query("DROP INDEX \"public\".\"alloc_org_open_idx\"");
    await queryRunner.query("ALTER TABLE \"organisation_scheduling\" DROP COLUMN \"max_open_requests\"");
    await queryRunner.query("ALTER TABLE \"organisation_scheduling\" DROP COLUMN \"urgent_card_hours_per_month\"");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" DROP COLUMN \"urgency_decided_at\"");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" DROP COLUMN \"urgency_decided_by_id\"");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" DROP COLUMN \"urgency\"");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" DROP COLUMN \"requested_priority\"");
  }
}
