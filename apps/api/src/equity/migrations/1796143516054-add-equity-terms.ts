import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EQUITY_TRIGGERS_DOWN, EQUITY_TRIGGERS_UP } from './equity-triggers.sql.js';

export class AddEquityTerms1796143516054 implements MigrationInterface {
  name = 'AddEquityTerms1796143516054';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"term_sheets\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"project_id\" uuid NOT NULL, \"status\" text NOT NULL DEFAULT 'OPEN', \"current_version_no\" integer NOT NULL DEFAULT '1', \"signed_version_no\" integer, \"closed_at\" TIMESTAMP(3) WITH TIME ZONE, \"withdrawn_by_side\" text, \"withdrawn_reason\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"term_sheets_withdrawn_check\" CHECK ((status = 'WITHDRAWN') = (withdrawn_by_side IS NOT NULL)), CONSTRAINT \"term_sheets_signed_check\" CHECK ((status = 'SIGNED') = (signed_version_no IS NOT NULL) AND (signed_version_no IS NULL OR signed_version_no = current_version_no)), CONSTRAINT \"term_sheets_version_check\" CHECK (current_version_no >= 1), CONSTRAINT \"term_sheets_status_check\" CHECK (status IN ('OPEN','SIGNED','WITHDRAWN')), CONSTRAINT \"PK_6db3be7ec5fe8faedf6cc9d9968\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"term_sheets_org_created_idx\" ON \"term_sheets\"  (\"organisation_id\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"term_sheets_project_open_key\" ON \"term_sheets\"  (\"project_id\") WHERE status = 'OPEN'");
    await queryRunner.query("CREATE TABLE \"term_sheet_versions\" (\"term_sheet_id\" uuid NOT NULL, \"version_no\" integer NOT NULL, \"proposed_by_id\" uuid, \"proposed_by_side\" text NOT NULL, \"terms\" jsonb NOT NULL, \"content_hash\" text NOT NULL, \"credit_fen\" bigint NOT NULL, \"pre_money_fen\" bigint NOT NULL, \"centre_shares\" bigint NOT NULL, \"centre_percent_bp\" integer NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"term_sheet_versions_figures_check\" CHECK (credit_fen > 0 AND pre_money_fen > 0 AND credit_fen <= pre_money_fen AND centre_shares >= 0 AND centre_percent_bp BETWEEN 0 AND 10000), CONSTRAINT \"term_sheet_versions_hash_check\" CHECK (content_hash ~ '^[0-9a-f]{64}$'), CONSTRAINT \"term_sheet_versions_side_check\" CHECK (proposed_by_side IN ('CENTRE','FOUNDER')), CONSTRAINT \"PK_518a9246bf7f55e3bf976cbfd36\" PRIMARY KEY (\"term_sheet_id\", \"version_no\"))");
    await queryRunner.query("CREATE TABLE \"term_sheet_acceptances\" (\"term_sheet_id\" uuid NOT NULL, \"version_no\" integer NOT NULL, \"side\" text NOT NULL, \"user_id\" uuid NOT NULL, \"at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"ip\" text, \"content_hash\" text NOT NULL, CONSTRAINT \"term_sheet_acceptances_side_check\" CHECK (side IN ('CENTRE','FOUNDER')), CONSTRAINT \"PK_061e6610f9a6a6e93b746541db0\" PRIMARY KEY (\"term_sheet_id\", \"version_no\", \"side\"))");
    await queryRunner.query("ALTER TABLE \"term_sheets\" ADD CONSTRAINT \"FK_49a03d9c490f15d4b7702d4b36e\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"term_sheets\" ADD CONSTRAINT \"FK_6c77437a5f59d9b8bf9898953e0\" FOREIGN KEY (\"project_id\") REFERENCES \"projects\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"term_sheet_versions\" ADD CONSTRAINT \"FK_83af4ce914c2a91845a8663430f\" FOREIGN KEY (\"term_sheet_id\") REFERENCES \"term_sheets\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"term_sheet_acceptances\" ADD CONSTRAINT \"FK_f048724ff9e0506e85dcbcf140f\" FOREIGN KEY (\"term_sheet_id\", \"version_no\") REFERENCES \"term_sheet_versions\"(\"term_sheet_id\",\"version_no\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    for (const sql of EQUITY_TRIGGERS_UP) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of EQUITY_TRIGGERS_DOWN) await queryRunner.query(sql);
    await queryRunner.query("ALTER TABLE \"term_sheet_acceptances\" DROP CONSTRAINT \"FK_f048724ff9e0506e85dcbcf140f\"");
    await queryRunner.query("ALTER TABLE \"term_sheet_versions\" DROP CONSTRAINT \"FK_83af4ce914c2a91845a8663430f\"");
    await queryRunner.query("ALTER TABLE \"term_sheets\" DROP CONSTRAINT \"FK_6c77437a5f59d9b8bf9898953e0\"");
    await queryRunner.query("ALTER TABLE \"term_sheets\" DROP CONSTRAINT \"FK_49a03d9c490f15d4b7702d4b36e\"");
    await queryRunner.query("DROP TABLE \"term_sheet_acceptances\"");
    await queryRunner.query("DROP TABLE \"term_sheet_versions\"");
    await queryRunner.query("DROP INDEX \"public\".\"term_sheets_project_open_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"term_sheets_org_created_idx\"");
    await queryRunner.query("DROP TABLE \"term_sheets\"");
  }
}
