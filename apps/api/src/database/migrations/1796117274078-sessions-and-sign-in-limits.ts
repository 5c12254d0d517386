import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionsAndSignInLimits1796117274078 implements MigrationInterface {
  name = 'SessionsAndSignInLimits1796117274078';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sessions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP(3) WITH TIME ZONE, \"ip\" text, \"user_agent\" text, CONSTRAINT \"PK_3238ef96f18b355b671619111bc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"sessions_user_idx\" ON \"sessions\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"sign_in_failures\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"ip\" text NOT NULL, \"at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"reason\" text NOT NULL, \"cleared_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"sign_in_failures_reason_check\" CHECK (reason IN ('PENDING','WRONG_PASSWORD','UNKNOWN_EMAIL','DEACTIVATED','THROTTLED')), CONSTRAINT \"PK_fa4e2048c06590424ef01bfd171\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"sign_in_failures_ip_at_idx\" ON \"sign_in_failures\"  (\"ip\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"sign_in_failures_email_at_idx\" ON \"sign_in_failures\"  (\"email\", \"at\") ");
    await queryRunner.query("ALTER TABLE \"users\" ADD \"deactivated_at\" TIMESTAMP(3) WITH TIME ZONE");
    // Tokens made before expiry became mandatory get the longest life a new one may have.
    await queryRunner.query("UPDATE \"api_tokens\" SET \"expires_at\" = now() + interval '365 days' WHERE \"expires_at\" IS NULL");
    await queryRunner.query("ALTER TABLE \"api_tokens\" ALTER COLUMN \"expires_at\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"sessions\" ADD CONSTRAINT \"FK_085d540d9f418cfbdc7bd55bb19\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sessions\" DROP CONSTRAINT \"FK_085d540d9f418cfbdc7bd55bb19\"");
    await queryRunner.query("ALTER TABLE \"api_tokens\" ALTER COLUMN \"expires_at\" DROP NOT NULL");
    await queryRunner.query("ALTER TABLE \"users\" DROP COLUMN \"deactivated_at\"");
    await queryRunner.query("DROP INDEX \"public\".\"sign_in_failures_email_at_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"sign_in_failures_ip_at_idx\"");
    await queryRunner.query("DROP TABLE \"sign_in_failures\"");
    await queryRunner.query("DROP INDEX \"public\".\"sessions_user_idx\"");
    await queryRunner.query("DROP TABLE \"sessions\"");
  }
}
