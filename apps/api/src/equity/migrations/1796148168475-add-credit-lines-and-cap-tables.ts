import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREDIT_LINE_TRIGGERS_DOWN, CREDIT_LINE_TRIGGERS_UP } from './credit-line-triggers.sql.js';

export class AddCreditLinesAndCapTables1796148168475 implements MigrationInterface {
  name = 'AddCreditLinesAndCapTables1796148168475';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"cap_share_classes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"name\" text NOT NULL, \"class_type\" text NOT NULL, \"seniority\" integer NOT NULL DEFAULT '1', \"shares_authorised\" bigint, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"cap_share_classes_figures_check\" CHECK (seniority >= 1 AND (shares_authorised IS NULL OR shares_authorised > 0)), CONSTRAINT \"cap_share_classes_name_check\" CHECK (char_length(btrim(name)) BETWEEN 1 AND 60), CONSTRAINT \"cap_share_classes_type_check\" CHECK (class_type IN ('COMMON','PREFERRED')), CONSTRAINT \"PK_909ab5b6dc45cc2c07ebcd1ac21\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"cap_share_classes_org_name_key\" ON \"cap_share_classes\"  (\"organisation_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"cap_stakeholders\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"name\" text NOT NULL, \"kind\" text NOT NULL, \"entity_type\" text NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"cap_stakeholders_name_check\" CHECK (char_length(btrim(name)) BETWEEN 1 AND 120), CONSTRAINT \"cap_stakeholders_entity_type_check\" CHECK (entity_type IN ('INDIVIDUAL','INSTITUTION')), CONSTRAINT \"cap_stakeholders_kind_check\" CHECK (kind IN ('FOUNDER','INVESTOR','EMPLOYEE','CENTRE','OTHER')), CONSTRAINT \"PK_efa25c35665242d02149bbd5f16\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"cap_stakeholders_one_centre_key\" ON \"cap_stakeholders\"  (\"organisation_id\") WHERE kind = 'CENTRE'");
    await queryRunner.query("CREATE UNIQUE INDEX \"cap_stakeholders_org_name_key\" ON \"cap_stakeholders\"  (\"organisation_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"cap_issuances\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"stakeholder_id\" uuid NOT NULL, \"share_class_id\" uuid NOT NULL, \"shares\" bigint NOT NULL, \"price_numerator\" bigint NOT NULL, \"price_denominator\" bigint NOT NULL, \"issued_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"consideration_text\" text, \"source\" text NOT NULL DEFAULT 'MANUAL', \"credit_line_id\" uuid, \"tranche_no\" integer, \"recorded_by_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"cap_issuances_figures_check\" CHECK (shares > 0 AND price_numerator >= 0 AND price_denominator > 0), CONSTRAINT \"cap_issuances_tranche_check\" CHECK ((source = 'TRANCHE') = (credit_line_id IS NOT NULL AND tranche_no IS NOT NULL)), CONSTRAINT \"cap_issuances_source_check\" CHECK (source IN ('MANUAL','TRANCHE')), CONSTRAINT \"PK_1dd6b01b11ca1d3a2ba88f54c29\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"cap_issuances_org_issued_idx\" ON \"cap_issuances\"  (\"organisation_id\", \"issued_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"cap_issuances_tranche_key\" ON \"cap_issuances\"  (\"credit_line_id\", \"tranche_no\") WHERE credit_line_id IS NOT NULL");
    await queryRunner.query("CREATE TABLE \"cap_buy_backs\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"stakeholder_id\" uuid NOT NULL, \"issuance_id\" uuid, \"credit_line_id\" uuid, \"shares\" bigint NOT NULL, \"price_fen\" bigint NOT NULL, \"bought_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"recorded_by_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"cap_buy_backs_figures_check\" CHECK (shares > 0 AND price_fen >= 0), CONSTRAINT \"cap_buy_backs_source_check\" CHECK ((issuance_id IS NULL) <> (credit_line_id IS NULL)), CONSTRAINT \"PK_b831b2edbd61553d4025ca539a0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"cap_buy_backs_org_idx\" ON \"cap_buy_backs\"  (\"organisation_id\", \"bought_at\") ");
    await queryRunner.query("CREATE TABLE \"credit_lines\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"term_sheet_id\" uuid NOT NULL, \"version_no\" integer NOT NULL, \"organisation_id\" uuid NOT NULL, \"project_id\" uuid NOT NULL, \"status\" text NOT NULL DEFAULT 'ACTIVE', \"credit_fen\" bigint NOT NULL, \"drawn_fen\" bigint NOT NULL DEFAULT '0', \"total_shares\" bigint NOT NULL, \"price_numerator\" bigint NOT NULL, \"price_denominator\" bigint NOT NULL, \"pre_money_fen\" bigint NOT NULL, \"post_money_shares\" bigint NOT NULL, \"share_class_id\" uuid NOT NULL, \"centre_stakeholder_id\" uuid NOT NULL, \"opened_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"closed_at\" TIMESTAMP(3) WITH TIME ZONE, \"buy_back_until\" TIMESTAMP(3) WITH TIME ZONE, \"buy_back_premium_bp\" integer, CONSTRAINT \"credit_lines_buy_back_check\" CHECK ((buy_back_until IS NULL) = (buy_back_premium_bp IS NULL)), CONSTRAINT \"credit_lines_figures_check\" CHECK (credit_fen > 0 AND drawn_fen >= 0 AND drawn_fen <= credit_fen AND total_shares >= 0 AND price_numerator > 0 AND price_denominator > 0), CONSTRAINT \"credit_lines_closed_check\" CHECK ((status = 'ACTIVE') = (closed_at IS NULL)), CONSTRAINT \"credit_lines_status_check\" CHECK (status IN ('ACTIVE','EXPIRED')), CONSTRAINT \"PK_5b101b7cddc7f676b3e303433ab\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"credit_lines_project_idx\" ON \"credit_lines\"  (\"project_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"credit_lines_org_idx\" ON \"credit_lines\"  (\"organisation_id\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"credit_lines_term_sheet_key\" ON \"credit_lines\"  (\"term_sheet_id\") ");
    await queryRunner.query("CREATE TABLE \"credit_tranches\" (\"credit_line_id\" uuid NOT NULL, \"tranche_no\" integer NOT NULL, \"percent_bp\" integer NOT NULL, \"release\" jsonb NOT NULL, \"credit_fen\" bigint NOT NULL, \"shares\" bigint NOT NULL, \"drawn_fen\" bigint NOT NULL DEFAULT '0', \"released_at\" TIMESTAMP(3) WITH TIME ZONE, \"fully_drawn_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"credit_tranches_full_check\" CHECK ((fully_drawn_at IS NOT NULL) = (drawn_fen = credit_fen)), CONSTRAINT \"credit_tranches_released_check\" CHECK (drawn_fen = 0 OR released_at IS NOT NULL), CONSTRAINT \"credit_tranches_figures_check\" CHECK (credit_fen > 0 AND shares >= 0 AND percent_bp BETWEEN 1 AND 10000 AND drawn_fen >= 0 AND drawn_fen <= credit_fen), CONSTRAINT \"PK_c53c5c832195fa2512db8ca5111\" PRIMARY KEY (\"credit_line_id\", \"tranche_no\"))");
    await queryRunner.query("CREATE TABLE \"credit_draws\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"credit_line_id\" uuid NOT NULL, \"tranche_no\" integer NOT NULL, \"invoice_id\" uuid NOT NULL, \"invoice_line_id\" uuid NOT NULL, \"amount_fen\" bigint NOT NULL, \"drawn_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"credit_draws_amount_check\" CHECK (amount_fen > 0), CONSTRAINT \"PK_7fc021d0b7b666a9de62f66fe83\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"credit_draws_line_idx\" ON \"credit_draws\"  (\"credit_line_id\", \"drawn_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"credit_draws_line_tranche_key\" ON \"credit_draws\"  (\"invoice_line_id\", \"tranche_no\") ");
    await queryRunner.query("ALTER TABLE \"cap_share_classes\" ADD CONSTRAINT \"FK_2435b3aa5f496530d62c330adea\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cap_stakeholders\" ADD CONSTRAINT \"FK_2cf473e369342a79ada20f89aff\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cap_issuances\" ADD CONSTRAINT \"FK_d77a29625d3fcabb9a0a86e0908\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cap_issuances\" ADD CONSTRAINT \"FK_a77e6f5a11bbacd5a279232b0fd\" FOREIGN KEY (\"stakeholder_id\") REFERENCES \"cap_stakeholders\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cap_issuances\" ADD CONSTRAINT \"FK_aa8192f19ca64dd5a2220f70871\" FOREIGN KEY (\"share_class_id\") REFERENCES \"cap_share_classes\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cap_buy_backs\" ADD CONSTRAINT \"FK_93334abcca9932101639ac04d60\" FOREIGN KEY (\"stakeholder_id\") REFERENCES \"cap_stakeholders\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cap_buy_backs\" ADD CONSTRAINT \"FK_a416c3790d98c5f3ae66212d62e\" FOREIGN KEY (\"issuance_id\") REFERENCES \"cap_issuances\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"credit_lines\" ADD CONSTRAINT \"FK_9e0e6d4293df5f4c78fd2ddbdd7\" FOREIGN KEY (\"term_sheet_id\") REFERENCES \"term_sheets\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"credit_lines\" ADD CONSTRAINT \"FK_bb9f5e80ef5578f25ec95501adf\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"credit_lines\" ADD CONSTRAINT \"FK_09945dea77c6eff0182827802f9\" FOREIGN KEY (\"project_id\") REFERENCES \"projects\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"credit_lines\" ADD CONSTRAINT \"FK_997a92ab26f706ac01e597b2625\" FOREIGN KEY (\"share_class_id\") REFERENCES \"cap_share_classes\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"credit_lines\" ADD CONSTRAINT \"FK_85d4d3ced158f9f4b2a259d4582\" FOREIGN KEY (\"centre_stakeholder_id\") REFERENCES \"cap_stakeholders\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"credit_tranches\" ADD CONSTRAINT \"FK_bcf48874da652062bbe9bbd0616\" FOREIGN KEY (\"credit_line_id\") REFERENCES \"credit_lines\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"credit_draws\" ADD CONSTRAINT \"FK_4efe7fe25f2f7e608be920da48c\" FOREIGN KEY (\"credit_line_id\", \"tranche_no\") REFERENCES \"credit_tranches\"(\"credit_line_id\",\"tranche_no\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"credit_draws\" ADD CONSTRAINT \"FK_8daffc1623db242a26fbd837cef\" FOREIGN KEY (\"invoice_id\") REFERENCES \"invoices\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"credit_draws\" ADD CONSTRAINT \"FK_0ee4e4b20a9b26c722d695ab455\" FOREIGN KEY (\"invoice_line_id\") REFERENCES \"invoice_lines\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    for (const sql of CREDIT_LINE_TRIGGERS_UP) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of CREDIT_LINE_TRIGGERS_DOWN) await queryRunner.query(sql);
    await queryRunner.query("ALTER TABLE \"credit_draws\" DROP CONSTRAINT \"FK_0ee4e4b20a9b26c722d695ab455\"");
    await queryRunner.query("ALTER TABLE \"credit_draws\" DROP CONSTRAINT \"FK_8daffc1623db242a26fbd837cef\"");
    await queryRunner.query("ALTER TABLE \"credit_draws\" DROP CONSTRAINT \"FK_4efe7fe25f2f7e608be920da48c\"");
    await queryRunner.query("ALTER TABLE \"credit_tranches\" DROP CONSTRAINT \"FK_bcf48874da652062bbe9bbd0616\"");
    await queryRunner.query("ALTER TABLE \"credit_lines\" DROP CONSTRAINT \"FK_85d4d3ced158f9f4b2a259d4582\"");
    await queryRunner.query("ALTER TABLE \"credit_lines\" DROP CONSTRAINT \"FK_997a92ab26f706ac01e597b2625\"");
    await queryRunner.query("ALTER TABLE \"credit_lines\" DROP CONSTRAINT \"FK_09945dea77c6eff0182827802f9\"");
    await queryRunner.query("ALTER TABLE \"credit_lines\" DROP CONSTRAINT \"FK_bb9f5e80ef5578f25ec95501adf\"");
    await queryRunner.query("ALTER TABLE \"credit_lines\" DROP CONSTRAINT \"FK_9e0e6d4293df5f4c78fd2ddbdd7\"");
    await queryRunner.query("ALTER TABLE \"cap_buy_backs\" DROP CONSTRAINT \"FK_a416c3790d98c5f3ae66212d62e\"");
    await queryRunner.query("ALTER TABLE \"cap_buy_backs\" DROP CONSTRAINT \"FK_93334abcca9932101639ac04d60\"");
    await queryRunner.query("ALTER TABLE \"cap_issuances\" DROP CONSTRAINT \"FK_aa8192f19ca64dd5a2220f70871\"");
    await queryRunner.query("ALTER TABLE \"cap_issuances\" DROP CONSTRAINT \"FK_a77e6f5a11bbacd5a279232b0fd\"");
    await queryRunner.query("ALTER TABLE \"cap_issuances\" DROP CONSTRAINT \"FK_d77a29625d3fcabb9a0a86e0908\"");
    await queryRunner.query("ALTER TABLE \"cap_stakeholders\" DROP CONSTRAINT \"FK_2cf473e369342a79ada20f89aff\"");
    await queryRunner.query("ALTER TABLE \"cap_share_classes\" DROP CONSTRAINT \"FK_2435b3aa5f496530d62c330adea\"");
    await queryRunner.query("DROP INDEX \"public\".\"credit_draws_line_tranche_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"credit_draws_line_idx\"");
    await queryRunner.query("DROP TABLE \"credit_draws\"");
    await queryRunner.query("DROP TABLE \"credit_tranches\"");
    await queryRunner.query("DROP INDEX \"public\".\"credit_lines_term_sheet_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"credit_lines_org_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"credit_lines_project_idx\"");
    await queryRunner.query("DROP TABLE \"credit_lines\"");
    await queryRunner.query("DROP INDEX \"public\".\"cap_buy_backs_org_idx\"");
    await queryRunner.query("DROP TABLE \"cap_buy_backs\"");
    await queryRunner.query("DROP INDEX \"public\".\"cap_issuances_tranche_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"cap_issuances_org_issued_idx\"");
    await queryRunner.query("DROP TABLE \"cap_issuances\"");
    await queryRunner.query("DROP INDEX \"public\".\"cap_stakeholders_org_name_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"cap_stakeholders_one_centre_key\"");
    await queryRunner.query("DROP TABLE \"cap_stakeholders\"");
    await queryRunner.query("DROP INDEX \"public\".\"cap_share_classes_org_name_key\"");
    await queryRunner.query("DROP TABLE \"cap_share_classes\"");
  }
}
