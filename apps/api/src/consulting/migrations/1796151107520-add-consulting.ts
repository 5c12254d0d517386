import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CONSULTING_TRIGGERS_DOWN, CONSULTING_TRIGGERS_UP } from './consulting-triggers.sql.js';

export class AddConsulting1796151107520 implements MigrationInterface {
  name = 'AddConsulting1796151107520';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"tickets\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"opener_id\" uuid NOT NULL, \"category\" text NOT NULL, \"priority\" text NOT NULL DEFAULT 'NORMAL', \"subject\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'NEW', \"assignee_id\" uuid, \"assigned_at\" TIMESTAMP(3) WITH TIME ZONE, \"linked_kind\" text, \"linked_id\" uuid, \"first_response_at\" TIMESTAMP(3) WITH TIME ZONE, \"resolved_at\" TIMESTAMP(3) WITH TIME ZONE, \"closed_at\" TIMESTAMP(3) WITH TIME ZONE, \"satisfaction\" smallint, \"satisfaction_comment\" text, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT \"tickets_assigned_check\" CHECK ((assignee_id IS NULL) = (assigned_at IS NULL)), CONSTRAINT \"tickets_satisfaction_check\" CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5), CONSTRAINT \"tickets_closed_check\" CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)), CONSTRAINT \"tickets_resolved_check\" CHECK (status NOT IN ('RESOLVED','CLOSED') OR resolved_at IS NOT NULL OR closed_at IS NOT NULL), CONSTRAINT \"tickets_link_check\" CHECK ((linked_kind IS NULL) = (linked_id IS NULL) AND (linked_kind IS NULL OR linked_kind IN ('PROJECT','VOUCHER_APPLICATION','INVOICE','TERM_SHEET'))), CONSTRAINT \"tickets_subject_check\" CHECK (length(btrim(subject)) > 0 AND length(subject) <= 200), CONSTRAINT \"tickets_category_check\" CHECK (category IN ('SUBSIDIES_POLICY','COMPUTE_VOUCHERS','TAX','TALENT','DATA_COMPLIANCE','ADAPTATION','OTHER')), CONSTRAINT \"tickets_priority_check\" CHECK (priority IN ('LOW','NORMAL','HIGH','URGENT')), CONSTRAINT \"tickets_status_check\" CHECK (status IN ('NEW','OPEN','WAITING_FOR_CUSTOMER','RESOLVED','CLOSED')), CONSTRAINT \"PK_343bc942ae261cf7a1377f48fd0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"tickets_assignee_status_idx\" ON \"tickets\"  (\"assignee_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"tickets_org_created_idx\" ON \"tickets\"  (\"organisation_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"ticket_messages\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"ticket_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"visibility\" text NOT NULL, \"body\" text NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT \"ticket_messages_body_check\" CHECK (length(btrim(body)) > 0), CONSTRAINT \"ticket_messages_visibility_check\" CHECK (visibility IN ('PUBLIC','INTERNAL')), CONSTRAINT \"PK_37beb692dedf7eccb4e519ccec1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ticket_messages_ticket_idx\" ON \"ticket_messages\"  (\"ticket_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"ticket_attachments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"ticket_id\" uuid NOT NULL, \"message_id\" uuid NOT NULL, \"file_name\" text NOT NULL, \"content_type\" text NOT NULL, \"size_bytes\" integer NOT NULL, \"storage_key\" text NOT NULL, \"uploaded_by\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ticket_attachments_name_check\" CHECK (length(btrim(file_name)) > 0), CONSTRAINT \"ticket_attachments_size_check\" CHECK (size_bytes > 0 AND size_bytes <= 524288), CONSTRAINT \"PK_7e5011f87f95e78fe4bd7d982a3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ticket_attachments_ticket_idx\" ON \"ticket_attachments\"  (\"ticket_id\") ");
    await queryRunner.query("CREATE TABLE \"consultant_groups\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"category\" text NOT NULL, \"lead_user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"consultant_groups_category_unique\" UNIQUE (\"category\"), CONSTRAINT \"consultant_groups_name_check\" CHECK (length(btrim(name)) > 0), CONSTRAINT \"consultant_groups_category_check\" CHECK (category IN ('SUBSIDIES_POLICY','COMPUTE_VOUCHERS','TAX','TALENT','DATA_COMPLIANCE','ADAPTATION','OTHER')), CONSTRAINT \"PK_c68b86e7dc7db99d308acce950d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"consultant_group_members\" (\"group_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"last_assigned_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"PK_4e7175f1c33f3539499d6ac7d34\" PRIMARY KEY (\"group_id\", \"user_id\"))");
    await queryRunner.query("CREATE TABLE \"sla_policies\" (\"category\" text NOT NULL, \"priority\" text NOT NULL, \"first_response_minutes\" integer NOT NULL, \"resolution_minutes\" integer NOT NULL, CONSTRAINT \"sla_policies_targets_check\" CHECK (first_response_minutes > 0 AND resolution_minutes > 0), CONSTRAINT \"sla_policies_priority_check\" CHECK (priority IN ('LOW','NORMAL','HIGH','URGENT')), CONSTRAINT \"sla_policies_category_check\" CHECK (category IN ('SUBSIDIES_POLICY','COMPUTE_VOUCHERS','TAX','TALENT','DATA_COMPLIANCE','ADAPTATION','OTHER')), CONSTRAINT \"PK_7074d1e94e65944ddf65cde5b65\" PRIMARY KEY (\"category\", \"priority\"))");
    await queryRunner.query("CREATE TABLE \"ticket_sla_targets\" (\"ticket_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"target_minutes\" integer NOT NULL, \"started_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"met_at\" TIMESTAMP(3) WITH TIME ZONE, \"warned_at\" TIMESTAMP(3) WITH TIME ZONE, \"breached_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"ticket_sla_targets_minutes_check\" CHECK (target_minutes > 0), CONSTRAINT \"ticket_sla_targets_kind_check\" CHECK (kind IN ('FIRST_RESPONSE','RESOLUTION')), CONSTRAINT \"PK_4c432ecae14f1c486b52b663c80\" PRIMARY KEY (\"ticket_id\", \"kind\"))");
    await queryRunner.query("CREATE TABLE \"ticket_sla_pauses\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"ticket_id\" uuid NOT NULL, \"started_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"ended_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"ticket_sla_pauses_order_check\" CHECK (ended_at IS NULL OR ended_at >= started_at), CONSTRAINT \"PK_8dcb9cdc55e1153c6c310930512\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ticket_sla_pauses_one_open\" ON \"ticket_sla_pauses\"  (\"ticket_id\") WHERE ended_at IS NULL");
    await queryRunner.query("CREATE TABLE \"ticket_escalations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"ticket_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"priority_before\" text NOT NULL, \"priority_after\" text NOT NULL, \"notified_user_ids\" uuid array NOT NULL, CONSTRAINT \"ticket_escalations_kind_check\" CHECK (kind IN ('FIRST_RESPONSE','RESOLUTION')), CONSTRAINT \"PK_7b75b854f02a4ec6b557a89bc79\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ticket_escalations_target_unique\" ON \"ticket_escalations\"  (\"ticket_id\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"ticket_status_history\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"ticket_id\" uuid NOT NULL, \"from_status\" text, \"to_status\" text NOT NULL, \"actor_id\" uuid, \"at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT \"ticket_status_history_to_check\" CHECK (to_status IN ('NEW','OPEN','WAITING_FOR_CUSTOMER','RESOLVED','CLOSED')), CONSTRAINT \"PK_d989dae9e6078a6d4ce1aca63f7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ticket_status_history_ticket_idx\" ON \"ticket_status_history\"  (\"ticket_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"ticket_review_tasks\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"ticket_id\" uuid NOT NULL, \"assignee_id\" uuid, \"score\" smallint NOT NULL, \"comment\" text, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"done_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"ticket_review_tasks_score_check\" CHECK (score BETWEEN 1 AND 5), CONSTRAINT \"PK_0f5b6862fb2eb08d8d5467536bc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ticket_review_tasks_open_idx\" ON \"ticket_review_tasks\"  (\"assignee_id\", \"done_at\") ");
    await queryRunner.query("CREATE TABLE \"consulting_settings\" (\"id\" smallint NOT NULL DEFAULT '1', \"reopen_days\" smallint NOT NULL DEFAULT '7', CONSTRAINT \"consulting_settings_reopen_check\" CHECK (reopen_days BETWEEN 1 AND 90), CONSTRAINT \"consulting_settings_single_row\" CHECK (id = 1), CONSTRAINT \"PK_5f8ddf7b9435053d69352187daa\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"tickets\" ADD CONSTRAINT \"FK_17d9e6199a840fa200c7ba4fdfe\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tickets\" ADD CONSTRAINT \"FK_b823821d98814709caa983bc0a3\" FOREIGN KEY (\"opener_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tickets\" ADD CONSTRAINT \"FK_dff6e2b44c9b5e177114588772f\" FOREIGN KEY (\"assignee_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ticket_messages\" ADD CONSTRAINT \"FK_75b3a5f421dbf7b73778da519cb\" FOREIGN KEY (\"ticket_id\") REFERENCES \"tickets\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ticket_messages\" ADD CONSTRAINT \"FK_f4bb678401a3375965ddd013f94\" FOREIGN KEY (\"author_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ticket_attachments\" ADD CONSTRAINT \"FK_0301cfaf908edba6ce419eb66b0\" FOREIGN KEY (\"ticket_id\") REFERENCES \"tickets\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ticket_attachments\" ADD CONSTRAINT \"FK_0571b827b74076e72e0221d13de\" FOREIGN KEY (\"message_id\") REFERENCES \"ticket_messages\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ticket_attachments\" ADD CONSTRAINT \"FK_49eb7c1ea9799b6fcc0b0042c42\" FOREIGN KEY (\"uploaded_by\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consultant_groups\" ADD CONSTRAINT \"FK_ac80da5e8090f954cb0ac3a22e4\" FOREIGN KEY (\"lead_user_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consultant_group_members\" ADD CONSTRAINT \"FK_ba98c3d4215c22c54a1dd29da00\" FOREIGN KEY (\"group_id\") REFERENCES \"consultant_groups\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consultant_group_members\" ADD CONSTRAINT \"FK_6699c881dee2d6757c550d9373d\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ticket_sla_targets\" ADD CONSTRAINT \"FK_affcaf58a4579d20968f1ceeab2\" FOREIGN KEY (\"ticket_id\") REFERENCES \"tickets\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ticket_sla_pauses\" ADD CONSTRAINT \"FK_b62969a41d71eb10cfa791e093e\" FOREIGN KEY (\"ticket_id\") REFERENCES \"tickets\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ticket_escalations\" ADD CONSTRAINT \"FK_81f54c54370399451a618e617d3\" FOREIGN KEY (\"ticket_id\") REFERENCES \"tickets\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ticket_status_history\" ADD CONSTRAINT \"FK_52fa10cddeab4cf9d490c387a6c\" FOREIGN KEY (\"ticket_id\") REFERENCES \"tickets\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ticket_status_history\" ADD CONSTRAINT \"FK_ddfcb0f926642ae26be55b53f13\" FOREIGN KEY (\"actor_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ticket_review_tasks\" ADD CONSTRAINT \"FK_171153a3c9d865e7f9992a91b08\" FOREIGN KEY (\"ticket_id\") REFERENCES \"tickets\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ticket_review_tasks\" ADD CONSTRAINT \"FK_48de01159fc58ce25593aad5d19\" FOREIGN KEY (\"assignee_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    for (const sql of CONSULTING_TRIGGERS_UP) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of CONSULTING_TRIGGERS_DOWN) await queryRunner.query(sql);
    await queryRunner.query("ALTER TABLE \"ticket_review_tasks\" DROP CONSTRAINT \"FK_48de01159fc58ce25593aad5d19\"");
    await queryRunner.query("ALTER TABLE \"ticket_review_tasks\" DROP CONSTRAINT \"FK_171153a3c9d865e7f9992a91b08\"");
    await queryRunner.query("ALTER TABLE \"ticket_status_history\" DROP CONSTRAINT \"FK_ddfcb0f926642ae26be55b53f13\"");
    await queryRunner.query("ALTER TABLE \"ticket_status_history\" DROP CONSTRAINT \"FK_52fa10cddeab4cf9d490c387a6c\"");
    await queryRunner.query("ALTER TABLE \"ticket_escalations\" DROP CONSTRAINT \"FK_81f54c54370399451a618e617d3\"");
    await queryRunner.query("ALTER TABLE \"ticket_sla_pauses\" DROP CONSTRAINT \"FK_b62969a41d71eb10cfa791e093e\"");
    await queryRunner.query("ALTER TABLE \"ticket_sla_targets\" DROP CONSTRAINT \"FK_affcaf58a4579d20968f1ceeab2\"");
    await queryRunner.query("ALTER TABLE \"consultant_group_members\" DROP CONSTRAINT \"FK_6699c881dee2d6757c550d9373d\"");
    await queryRunner.query("ALTER TABLE \"consultant_group_members\" DROP CONSTRAINT \"FK_ba98c3d4215c22c54a1dd29da00\"");
    await queryRunner.query("ALTER TABLE \"consultant_groups\" DROP CONSTRAINT \"FK_ac80da5e8090f954cb0ac3a22e4\"");
    await queryRunner.query("ALTER TABLE \"ticket_attachments\" DROP CONSTRAINT \"FK_49eb7c1ea9799b6fcc0b0042c42\"");
    await queryRunner.query("ALTER TABLE \"ticket_attachments\" DROP CONSTRAINT \"FK_0571b827b74076e72e0221d13de\"");
    await queryRunner.query("ALTER TABLE \"ticket_attachments\" DROP CONSTRAINT \"FK_0301cfaf908edba6ce419eb66b0\"");
    await queryRunner.query("ALTER TABLE \"ticket_messages\" DROP CONSTRAINT \"FK_f4bb678401a3375965ddd013f94\"");
    await queryRunner.query("ALTER TABLE \"ticket_messages\" DROP CONSTRAINT \"FK_75b3a5f421dbf7b73778da519cb\"");
    await queryRunner.query("ALTER TABLE \"tickets\" DROP CONSTRAINT \"FK_dff6e2b44c9b5e177114588772f\"");
    await queryRunner.query("ALTER TABLE \"tickets\" DROP CONSTRAINT \"FK_b823821d98814709caa983bc0a3\"");
    await queryRunner.query("ALTER TABLE \"tickets\" DROP CONSTRAINT \"FK_17d9e6199a840fa200c7ba4fdfe\"");
    await queryRunner.query("DROP TABLE \"consulting_settings\"");
    await queryRunner.query("DROP INDEX \"public\".\"ticket_review_tasks_open_idx\"");
    await queryRunner.query("DROP TABLE \"ticket_review_tasks\"");
    await queryRunner.query("DROP INDEX \"public\".\"ticket_status_history_ticket_idx\"");
    await queryRunner.query("DROP TABLE \"ticket_status_history\"");
    await queryRunner.query("DROP INDEX \"public\".\"ticket_escalations_target_unique\"");
    await queryRunner.query("DROP TABLE \"ticket_escalations\"");
    await queryRunner.query("DROP INDEX \"public\".\"ticket_sla_pauses_one_open\"");
    await queryRunner.query("DROP TABLE \"ticket_sla_pauses\"");
    await queryRunner.query("DROP TABLE \"ticket_sla_targets\"");
    await queryRunner.query("DROP TABLE \"sla_policies\"");
    await queryRunner.query("DROP TABLE \"consultant_group_members\"");
    await queryRunner.query("DROP TABLE \"consultant_groups\"");
    await queryRunner.query("DROP INDEX \"public\".\"ticket_attachments_ticket_idx\"");
    await queryRunner.query("DROP TABLE \"ticket_attachments\"");
    await queryRunner.query("DROP INDEX \"public\".\"ticket_messages_ticket_idx\"");
    await queryRunner.query("DROP TABLE \"ticket_messages\"");
    await queryRunner.query("DROP INDEX \"public\".\"tickets_org_created_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"tickets_assignee_status_idx\"");
    await queryRunner.query("DROP TABLE \"tickets\"");
  }
}
