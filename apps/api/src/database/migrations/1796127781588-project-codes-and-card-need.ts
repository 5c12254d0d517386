import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the API (first) and the demo seed wrote for an application before codes existed. */
const LEGACY_APPLICATION_REASONS = ['提交申请 · Application submitted', '提交申请'];

/**
 * The application entry was stored as bilingual text; it becomes a code with no note. Anything
 * else a person wrote stays their note (reason_code NOTE, the column default), verbatim.
 */
export async function codeLegacyApplicationReasons(queryRunner: { query(sql: string, parameters: unknown[]): Promise<unknown> }): Promise<void> {
  await queryRunner.query(
    `UPDATE "project_transitions" SET "reason_code" = 'APPLICATION_SUBMITTED', "reason" = '' WHERE "from_stage" IS NULL AND "reason" = ANY($1)`,
    [LEGACY_APPLICATION_REASONS],
  );
}

export class ProjectCodesAndCardNeed1796127781588 implements MigrationInterface {
  name = 'ProjectCodesAndCardNeed1796127781588';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"projects\" ADD \"card_type\" text");
    await queryRunner.query("ALTER TABLE \"projects\" ADD \"card_count_estimate\" integer");
    await queryRunner.query("ALTER TABLE \"projects\" ADD \"budget_fen\" bigint");
    await queryRunner.query("ALTER TABLE \"project_transitions\" ADD \"reason_code\" text NOT NULL DEFAULT 'NOTE'");
    await queryRunner.query("ALTER TABLE \"project_transitions\" ALTER COLUMN \"reason\" SET DEFAULT ''");
    await codeLegacyApplicationReasons(queryRunner);
    await queryRunner.query("ALTER TABLE \"projects\" ADD CONSTRAINT \"projects_budget_check\" CHECK (budget_fen IS NULL OR budget_fen >= 0)");
    await queryRunner.query("ALTER TABLE \"projects\" ADD CONSTRAINT \"projects_card_need_check\" CHECK ((card_type IS NULL) = (card_count_estimate IS NULL) AND (card_count_estimate IS NULL OR card_count_estimate BETWEEN 1 AND 10000))");
    await queryRunner.query("ALTER TABLE \"project_transitions\" ADD CONSTRAINT \"project_transitions_reason_code_check\" CHECK (reason_code IN ('APPLICATION_SUBMITTED','NOTE'))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"project_transitions\" DROP CONSTRAINT \"project_transitions_reason_code_check\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP CONSTRAINT \"projects_card_need_check\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP CONSTRAINT \"projects_budget_check\"");
    await queryRunner.query("ALTER TABLE \"project_transitions\" ALTER COLUMN \"reason\" DROP DEFAULT");
    await queryRunner.query(`UPDATE "project_transitions" SET "reason" = '${LEGACY_APPLICATION_REASONS[0]}' WHERE "reason_code" = 'APPLICATION_SUBMITTED' AND "reason" = ''`);
    await queryRunner.query("ALTER TABLE \"project_transitions\" DROP COLUMN \"reason_code\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP COLUMN \"budget_fen\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP COLUMN \"card_count_estimate\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP COLUMN \"card_type\"");
  }
}
