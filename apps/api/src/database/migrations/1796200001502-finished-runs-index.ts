import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The scheduling pass reads each organisation's last finished runs on a cluster (run-time predictions). */
export class FinishedRunsIndex1796200001502 implements MigrationInterface {
  name = 'FinishedRunsIndex1796200001502';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "alloc_finished_runs_idx" ON "allocation_requests"  ("cluster_id", "organisation_id", "finished_at") WHERE state = 'FINISHED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."alloc_finished_runs_idx"`);
  }
}
