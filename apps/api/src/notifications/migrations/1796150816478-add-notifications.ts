import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotifications1796150816478 implements MigrationInterface {
  name = 'AddNotifications1796150816478';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notification_preferences\" (\"user_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"in_app\" boolean NOT NULL, \"email\" boolean NOT NULL, CONSTRAINT \"notification_preferences_kind_check\" CHECK (kind IN ('TICKET_REPLY','TICKET_ASSIGNED','SLA_WARNING','SLA_BREACHED','VOUCHER_DECIDED','TERM_SHEET_PROPOSED','TERM_SHEET_SIGNED','INVOICE_ISSUED','ALLOCATION_STARTED','ALLOCATION_PREEMPTED')), CONSTRAINT \"PK_4beeeb46feaf58d75e124c8ba58\" PRIMARY KEY (\"user_id\", \"kind\"))");
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"organisation_id\" uuid, \"kind\" text NOT NULL, \"params\" jsonb NOT NULL DEFAULT '{}'::jsonb, \"link\" text NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"read_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"notifications_kind_check\" CHECK (kind IN ('TICKET_REPLY','TICKET_ASSIGNED','SLA_WARNING','SLA_BREACHED','VOUCHER_DECIDED','TERM_SHEET_PROPOSED','TERM_SHEET_SIGNED','INVOICE_ISSUED','ALLOCATION_STARTED','ALLOCATION_PREEMPTED')), CONSTRAINT \"PK_6a72c3c0f683f6462415e653c3a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"notifications_user_read_created_idx\" ON \"notifications\"  (\"user_id\", \"read_at\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"notification_preferences\" ADD CONSTRAINT \"FK_64c90edc7310c6be7c10c96f675\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_9a8a82462cab47c73d25f49261f\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_9a8a82462cab47c73d25f49261f\"");
    await queryRunner.query("ALTER TABLE \"notification_preferences\" DROP CONSTRAINT \"FK_64c90edc7310c6be7c10c96f675\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_user_read_created_idx\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
    await queryRunner.query("DROP TABLE \"notification_preferences\"");
  }
}
