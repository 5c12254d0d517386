import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsInvitationsAudit1796117268641 implements MigrationInterface {
  name = 'AccountsInvitationsAudit1796117268641';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), \"actor_id\" uuid, \"actor_kind\" text NOT NULL, \"action\" text NOT NULL, \"target_type\" text, \"target_id\" text, \"organisation_id\" uuid, \"details\" jsonb NOT NULL, \"ip\" text, CONSTRAINT \"audit_events_action_check\" CHECK (action ~ '^[A-Z][A-Z0-9_]{2,63}$'), CONSTRAINT \"audit_events_actor_kind_check\" CHECK (actor_kind IN ('USER','TOKEN','ANONYMOUS','SYSTEM')), CONSTRAINT \"PK_910f64d901a5c3e9878f0d4a407\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"audit_events_action_at_idx\" ON \"audit_events\"  (\"action\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"audit_events_organisation_at_idx\" ON \"audit_events\"  (\"organisation_id\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"audit_events_at_idx\" ON \"audit_events\"  (\"at\", \"id\") ");
    // Hand-written: the audit log is append-only (no UPDATE or DELETE through the application's role).
    await queryRunner.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege'; END $$`);
    await queryRunner.query('CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()');
    await queryRunner.query("CREATE TABLE \"invitations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"organisation_id\" uuid NOT NULL, \"role\" text NOT NULL, \"invited_by_id\" uuid, \"token_hash\" text NOT NULL, \"expires_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"accepted_at\" TIMESTAMP(3) WITH TIME ZONE, \"accepted_user_id\" uuid, \"revoked_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"invitations_expiry_check\" CHECK (expires_at > created_at), CONSTRAINT \"invitations_accepted_user_check\" CHECK (accepted_user_id IS NULL OR accepted_at IS NOT NULL), CONSTRAINT \"invitations_accepted_or_revoked_check\" CHECK (accepted_at IS NULL OR revoked_at IS NULL), CONSTRAINT \"invitations_role_check\" CHECK (role IN ('ADMIN','MANAGER','CONSULTANT','FOUNDER')), CONSTRAINT \"invitations_email_lower_check\" CHECK (email = lower(email)), CONSTRAINT \"PK_5dec98cfdfd562e4ad3648bbb07\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"invitations_organisation_idx\" ON \"invitations\"  (\"organisation_id\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"invitations_open_email_key\" ON \"invitations\"  (\"email\") WHERE accepted_at IS NULL AND revoked_at IS NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"invitations_token_hash_key\" ON \"invitations\"  (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"invitations\" ADD CONSTRAINT \"FK_db8eb6da8f383cb3443217d8536\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitations\" ADD CONSTRAINT \"FK_d4de0403dd012cf87b430af70ef\" FOREIGN KEY (\"invited_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitations\" ADD CONSTRAINT \"FK_df23d38837247bf326e90ca41a7\" FOREIGN KEY (\"accepted_user_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"invitations\" DROP CONSTRAINT \"FK_df23d38837247bf326e90ca41a7\"");
    await queryRunner.query("ALTER TABLE \"invitations\" DROP CONSTRAINT \"FK_d4de0403dd012cf87b430af70ef\"");
    await queryRunner.query("ALTER TABLE \"invitations\" DROP CONSTRAINT \"FK_db8eb6da8f383cb3443217d8536\"");
    await queryRunner.query("DROP INDEX \"public\".\"invitations_token_hash_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"invitations_open_email_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"invitations_organisation_idx\"");
    await queryRunner.query("DROP TABLE \"invitations\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_events_at_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_events_organisation_at_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_events_action_at_idx\"");
    await queryRunner.query('DROP TRIGGER audit_events_append_only ON audit_events');
    await queryRunner.query('DROP FUNCTION audit_events_append_only()');
    await queryRunner.query("DROP TABLE \"audit_events\"");
  }
}
