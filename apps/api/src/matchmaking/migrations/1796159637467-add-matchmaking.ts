import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MATCHMAKING_TRIGGERS_DOWN, MATCHMAKING_TRIGGERS_UP, NOTIFICATION_KINDS_DOWN, NOTIFICATION_KINDS_UP } from './matchmaking-triggers.sql.js';

export class AddMatchmaking1796159637467 implements MigrationInterface {
  name = 'AddMatchmaking1796159637467';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"match_needs\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"project_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"description\" text NOT NULL, \"urgency\" text NOT NULL DEFAULT 'NORMAL', \"state\" text NOT NULL DEFAULT 'OPEN', \"industries\" text array NOT NULL DEFAULT '{}', \"technologies\" text array NOT NULL DEFAULT '{}', \"stages\" text array NOT NULL DEFAULT '{}', \"regions\" text array NOT NULL DEFAULT '{}', \"competitor_organisation_ids\" uuid array NOT NULL DEFAULT '{}', \"posted_by\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"closed_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"match_needs_closed_check\" CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL)), CONSTRAINT \"match_needs_description_check\" CHECK (length(btrim(description)) > 0 AND length(description) <= 4000), CONSTRAINT \"match_needs_state_check\" CHECK (state IN ('OPEN','MATCHED','CLOSED')), CONSTRAINT \"match_needs_urgency_check\" CHECK (urgency IN ('LOW','NORMAL','HIGH','CRITICAL')), CONSTRAINT \"match_needs_kind_check\" CHECK (kind IN ('MENTOR','PARTNER','CUSTOMER','INVESTOR','DATASET','ADAPTATION_ENGINEER')), CONSTRAINT \"PK_a1ff73b70864dd9311a60e8d13d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"match_needs_state_idx\" ON \"match_needs\"  (\"state\") ");
    await queryRunner.query("CREATE INDEX \"match_needs_org_idx\" ON \"match_needs\"  (\"organisation_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"match_resources\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" text NOT NULL, \"name\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"owner_user_id\" uuid, \"owner_organisation_id\" uuid, \"industries\" text array NOT NULL DEFAULT '{}', \"technologies\" text array NOT NULL DEFAULT '{}', \"stages\" text array NOT NULL DEFAULT '{}', \"regions\" text array NOT NULL DEFAULT '{}', \"capacity\" integer NOT NULL, \"capacity_period\" text NOT NULL, \"available\" boolean NOT NULL DEFAULT true, \"available_from\" TIMESTAMP(3) WITH TIME ZONE, \"available_until\" TIMESTAMP(3) WITH TIME ZONE, \"created_by\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT \"match_resources_window_check\" CHECK (available_from IS NULL OR available_until IS NULL OR available_from < available_until), CONSTRAINT \"match_resources_name_check\" CHECK (length(btrim(name)) > 0 AND length(name) <= 120), CONSTRAINT \"match_resources_one_owner_check\" CHECK ((owner_user_id IS NULL) <> (owner_organisation_id IS NULL)), CONSTRAINT \"match_resources_capacity_check\" CHECK (capacity >= 0 AND capacity <= 1000), CONSTRAINT \"match_resources_period_check\" CHECK (capacity_period IN ('QUARTER','MONTH','CONCURRENT')), CONSTRAINT \"match_resources_kind_check\" CHECK (kind IN ('MENTOR','PARTNER','CUSTOMER','INVESTOR','DATASET','ADAPTATION_ENGINEER')), CONSTRAINT \"PK_74486ac933ccab46232858b4c8c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"match_resources_kind_idx\" ON \"match_resources\"  (\"kind\") ");
    await queryRunner.query("CREATE TABLE \"match_resource_conflicts\" (\"resource_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, \"reason\" text NOT NULL, CONSTRAINT \"match_resource_conflicts_reason_check\" CHECK (reason IN ('PORTFOLIO','DECLARED')), CONSTRAINT \"PK_c2d248156b44397fc96fd4c267b\" PRIMARY KEY (\"resource_id\", \"organisation_id\"))");
    await queryRunner.query("CREATE TABLE \"organisation_competitors\" (\"organisation_id\" uuid NOT NULL, \"competitor_organisation_id\" uuid NOT NULL, CONSTRAINT \"organisation_competitors_not_self_check\" CHECK (organisation_id <> competitor_organisation_id), CONSTRAINT \"PK_01b46ca09d4b02fb33a9124a819\" PRIMARY KEY (\"organisation_id\", \"competitor_organisation_id\"))");
    await queryRunner.query("CREATE TABLE \"introductions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"need_id\" uuid NOT NULL, \"resource_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, \"status\" text NOT NULL DEFAULT 'PROPOSED', \"choice\" text NOT NULL, \"score\" integer NOT NULL, \"reasons\" jsonb NOT NULL DEFAULT '[]', \"explanation_zh\" text NOT NULL, \"explanation_en\" text NOT NULL, \"proposed_by\" uuid NOT NULL, \"proposed_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"startup_answer\" text, \"startup_answered_by\" uuid, \"startup_answered_at\" TIMESTAMP(3) WITH TIME ZONE, \"resource_answer\" text, \"resource_answered_by\" uuid, \"resource_answered_at\" TIMESTAMP(3) WITH TIME ZONE, \"accepted_at\" TIMESTAMP(3) WITH TIME ZONE, \"declined_at\" TIMESTAMP(3) WITH TIME ZONE, \"met_on\" date, \"outcome\" text, \"outcome_notes\" text, \"concluded_at\" TIMESTAMP(3) WITH TIME ZONE, \"startup_reminded_at\" TIMESTAMP(3) WITH TIME ZONE, \"resource_reminded_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"introductions_score_check\" CHECK (score >= 0), CONSTRAINT \"introductions_declined_check\" CHECK ((status = 'DECLINED') = (declined_at IS NOT NULL)), CONSTRAINT \"introductions_met_check\" CHECK ((status IN ('MET','CONCLUDED')) = (met_on IS NOT NULL)), CONSTRAINT \"introductions_accepted_check\" CHECK ((status IN ('ACCEPTED','MET','CONCLUDED')) = (accepted_at IS NOT NULL)), CONSTRAINT \"introductions_outcome_check\" CHECK ((outcome IS NULL OR outcome IN ('DEAL','PILOT','INVESTMENT','NO_DEAL')) AND ((status = 'CONCLUDED') = (outcome IS NOT NULL))), CONSTRAINT \"introductions_answers_check\" CHECK ((startup_answer IS NULL OR startup_answer IN ('ACCEPT','DECLINE')) AND (resource_answer IS NULL OR resource_answer IN ('ACCEPT','DECLINE'))), CONSTRAINT \"introductions_choice_check\" CHECK (choice IN ('ASSIGNED','RANKED','OVERRIDE')), CONSTRAINT \"introductions_status_check\" CHECK (status IN ('PROPOSED','ACCEPTED','DECLINED','MET','CONCLUDED')), CONSTRAINT \"PK_811d59fa8b5c5255e94438b348e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"introductions_live_pair_unique\" ON \"introductions\"  (\"need_id\", \"resource_id\") WHERE status IN ('PROPOSED','ACCEPTED','MET')");
    await queryRunner.query("CREATE INDEX \"introductions_need_idx\" ON \"introductions\"  (\"need_id\") ");
    await queryRunner.query("CREATE INDEX \"introductions_resource_idx\" ON \"introductions\"  (\"resource_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"introductions_org_idx\" ON \"introductions\"  (\"organisation_id\", \"proposed_at\") ");
    await queryRunner.query("CREATE TABLE \"matchmaking_settings\" (\"id\" smallint NOT NULL DEFAULT '1', \"reminder_days\" smallint NOT NULL DEFAULT '3', CONSTRAINT \"matchmaking_settings_reminder_check\" CHECK (reminder_days BETWEEN 1 AND 30), CONSTRAINT \"matchmaking_settings_single_row\" CHECK (id = 1), CONSTRAINT \"PK_c2c2a91557fd031795a10a31875\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"match_needs\" ADD CONSTRAINT \"FK_88896306d34f6829943340b654e\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"match_needs\" ADD CONSTRAINT \"FK_ba1b509ef86ab4079bb6ce34eae\" FOREIGN KEY (\"project_id\") REFERENCES \"projects\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"match_needs\" ADD CONSTRAINT \"FK_8e1e2e0fb4fd747e5ce6b110032\" FOREIGN KEY (\"posted_by\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"match_resources\" ADD CONSTRAINT \"FK_3af9a6fdbfde2ca32e3a2cdf7a6\" FOREIGN KEY (\"owner_user_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"match_resources\" ADD CONSTRAINT \"FK_d58c5bd9bd9a05bba3e0e3c95f7\" FOREIGN KEY (\"owner_organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"match_resource_conflicts\" ADD CONSTRAINT \"FK_a020e34949eb91ef230c359317f\" FOREIGN KEY (\"resource_id\") REFERENCES \"match_resources\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"match_resource_conflicts\" ADD CONSTRAINT \"FK_8944446397d605368d2c346d4f7\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organisation_competitors\" ADD CONSTRAINT \"FK_f4c356d998cfd5c62464e637122\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organisation_competitors\" ADD CONSTRAINT \"FK_cd2c1d40a850bc3981086624685\" FOREIGN KEY (\"competitor_organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"introductions\" ADD CONSTRAINT \"FK_910e22540e436180c6671585c30\" FOREIGN KEY (\"need_id\") REFERENCES \"match_needs\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"introductions\" ADD CONSTRAINT \"FK_9bbe9b600eeb8478b57ff4d9db1\" FOREIGN KEY (\"resource_id\") REFERENCES \"match_resources\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"introductions\" ADD CONSTRAINT \"FK_bd77e7329b8d44dde65dbb89c18\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"introductions\" ADD CONSTRAINT \"FK_5d7482db0caeda86470ed9a2b5a\" FOREIGN KEY (\"proposed_by\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    for (const sql of MATCHMAKING_TRIGGERS_UP) await queryRunner.query(sql);
    for (const sql of NOTIFICATION_KINDS_UP) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of NOTIFICATION_KINDS_DOWN) await queryRunner.query(sql);
    for (const sql of MATCHMAKING_TRIGGERS_DOWN) await queryRunner.query(sql);
    await queryRunner.query("ALTER TABLE \"introductions\" DROP CONSTRAINT \"FK_5d7482db0caeda86470ed9a2b5a\"");
    await queryRunner.query("ALTER TABLE \"introductions\" DROP CONSTRAINT \"FK_bd77e7329b8d44dde65dbb89c18\"");
    await queryRunner.query("ALTER TABLE \"introductions\" DROP CONSTRAINT \"FK_9bbe9b600eeb8478b57ff4d9db1\"");
    await queryRunner.query("ALTER TABLE \"introductions\" DROP CONSTRAINT \"FK_910e22540e436180c6671585c30\"");
    await queryRunner.query("ALTER TABLE \"organisation_competitors\" DROP CONSTRAINT \"FK_cd2c1d40a850bc3981086624685\"");
    await queryRunner.query("ALTER TABLE \"organisation_competitors\" DROP CONSTRAINT \"FK_f4c356d998cfd5c62464e637122\"");
    await queryRunner.query("ALTER TABLE \"match_resource_conflicts\" DROP CONSTRAINT \"FK_8944446397d605368d2c346d4f7\"");
    await queryRunner.query("ALTER TABLE \"match_resource_conflicts\" DROP CONSTRAINT \"FK_a020e34949eb91ef230c359317f\"");
    await queryRunner.query("ALTER TABLE \"match_resources\" DROP CONSTRAINT \"FK_d58c5bd9bd9a05bba3e0e3c95f7\"");
    await queryRunner.query("ALTER TABLE \"match_resources\" DROP CONSTRAINT \"FK_3af9a6fdbfde2ca32e3a2cdf7a6\"");
    await queryRunner.query("ALTER TABLE \"match_needs\" DROP CONSTRAINT \"FK_8e1e2e0fb4fd747e5ce6b110032\"");
    await queryRunner.query("ALTER TABLE \"match_needs\" DROP CONSTRAINT \"FK_ba1b509ef86ab4079bb6ce34eae\"");
    await queryRunner.query("ALTER TABLE \"match_needs\" DROP CONSTRAINT \"FK_88896306d34f6829943340b654e\"");
    await queryRunner.query("DROP TABLE \"matchmaking_settings\"");
    await queryRunner.query("DROP INDEX \"public\".\"introductions_org_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"introductions_resource_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"introductions_need_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"introductions_live_pair_unique\"");
    await queryRunner.query("DROP TABLE \"introductions\"");
    await queryRunner.query("DROP TABLE \"organisation_competitors\"");
    await queryRunner.query("DROP TABLE \"match_resource_conflicts\"");
    await queryRunner.query("DROP INDEX \"public\".\"match_resources_kind_idx\"");
    await queryRunner.query("DROP TABLE \"match_resources\"");
    await queryRunner.query("DROP INDEX \"public\".\"match_needs_org_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"match_needs_state_idx\"");
    await queryRunner.query("DROP TABLE \"match_needs\"");
  }
}
