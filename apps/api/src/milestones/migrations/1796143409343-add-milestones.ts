import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MILESTONE_TRIGGERS_DOWN, MILESTONE_TRIGGERS_UP } from './milestone-triggers.sql.js';

export class AddMilestones1796143409343 implements MigrationInterface {
  name = 'AddMilestones1796143409343';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"project_milestones\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"key\" text NOT NULL, \"title\" text NOT NULL, \"due_on\" date NOT NULL, \"evidence_requested\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'PLANNED', \"evidence\" text, \"evidence_url\" text, \"submitted_at\" TIMESTAMP(3) WITH TIME ZONE, \"submitted_by\" uuid, \"decided_at\" TIMESTAMP(3) WITH TIME ZONE, \"decided_by\" uuid, \"decision_note\" text, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"project_milestones_key_unique\" UNIQUE (\"project_id\", \"key\"), CONSTRAINT \"project_milestones_return_note_check\" CHECK (status <> 'RETURNED' OR length(btrim(coalesce(decision_note, ''))) > 0), CONSTRAINT \"project_milestones_decided_check\" CHECK ((status IN ('PLANNED','SUBMITTED') AND decided_at IS NULL AND decided_by IS NULL AND decision_note IS NULL)\n   OR (status IN ('ACCEPTED','RETURNED') AND decided_at IS NOT NULL AND decided_by IS NOT NULL)), CONSTRAINT \"project_milestones_submitted_check\" CHECK ((status = 'PLANNED' AND submitted_at IS NULL AND submitted_by IS NULL AND evidence IS NULL AND evidence_url IS NULL)\n   OR (status <> 'PLANNED' AND submitted_at IS NOT NULL AND submitted_by IS NOT NULL AND evidence IS NOT NULL)), CONSTRAINT \"project_milestones_url_check\" CHECK (evidence_url IS NULL OR evidence_url LIKE 'https://%'), CONSTRAINT \"project_milestones_title_check\" CHECK (length(btrim(title)) > 0), CONSTRAINT \"project_milestones_key_check\" CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 60), CONSTRAINT \"project_milestones_status_check\" CHECK (status IN ('PLANNED','SUBMITTED','ACCEPTED','RETURNED')), CONSTRAINT \"PK_0c561300a12c6ba3ad793dff4b8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"project_milestones_project_due_idx\" ON \"project_milestones\"  (\"project_id\", \"due_on\") ");
    await queryRunner.query("CREATE TABLE \"milestone_events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"seq\" BIGSERIAL NOT NULL, \"milestone_id\" uuid NOT NULL, \"project_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"actor_id\" uuid NOT NULL, \"at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"note\" text, CONSTRAINT \"milestone_events_kind_check\" CHECK (kind IN ('CREATED','SUBMITTED','ACCEPTED','RETURNED')), CONSTRAINT \"PK_4692a09e371d613e9c7b9cea975\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"milestone_events_project_idx\" ON \"milestone_events\"  (\"project_id\", \"at\") ");
    await queryRunner.query("ALTER TABLE \"project_milestones\" ADD CONSTRAINT \"FK_4072d2ff8e9ee23e9e03e5f6721\" FOREIGN KEY (\"project_id\") REFERENCES \"projects\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_milestones\" ADD CONSTRAINT \"FK_714fa24e5f853744d2c808d5588\" FOREIGN KEY (\"submitted_by\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_milestones\" ADD CONSTRAINT \"FK_33d68809752a974d1b83ca3820d\" FOREIGN KEY (\"decided_by\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"milestone_events\" ADD CONSTRAINT \"FK_e14e39a72a0805629c73d7a389a\" FOREIGN KEY (\"milestone_id\") REFERENCES \"project_milestones\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"milestone_events\" ADD CONSTRAINT \"FK_7f30cc2802e87a663e2d13dc024\" FOREIGN KEY (\"project_id\") REFERENCES \"projects\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"milestone_events\" ADD CONSTRAINT \"FK_0ba8abb5ede9f7e228b5805dbe6\" FOREIGN KEY (\"actor_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    for (const sql of MILESTONE_TRIGGERS_UP) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of MILESTONE_TRIGGERS_DOWN) await queryRunner.query(sql);
    await queryRunner.query("ALTER TABLE \"milestone_events\" DROP CONSTRAINT \"FK_0ba8abb5ede9f7e228b5805dbe6\"");
    await queryRunner.query("ALTER TABLE \"milestone_events\" DROP CONSTRAINT \"FK_7f30cc2802e87a663e2d13dc024\"");
    await queryRunner.query("ALTER TABLE \"milestone_events\" DROP CONSTRAINT \"FK_e14e39a72a0805629c73d7a389a\"");
    await queryRunner.query("ALTER TABLE \"project_milestones\" DROP CONSTRAINT \"FK_33d68809752a974d1b83ca3820d\"");
    await queryRunner.query("ALTER TABLE \"project_milestones\" DROP CONSTRAINT \"FK_714fa24e5f853744d2c808d5588\"");
    await queryRunner.query("ALTER TABLE \"project_milestones\" DROP CONSTRAINT \"FK_4072d2ff8e9ee23e9e03e5f6721\"");
    await queryRunner.query("DROP INDEX \"public\".\"milestone_events_project_idx\"");
    await queryRunner.query("DROP TABLE \"milestone_events\"");
    await queryRunner.query("DROP INDEX \"public\".\"project_milestones_project_due_idx\"");
    await queryRunner.query("DROP TABLE \"project_milestones\"");
  }
}
