import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795618468341 implements MigrationInterface {
  name = 'InitialSchema1795618468341';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"organisations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"kind\" text NOT NULL, \"industry\" text NOT NULL, \"sensitivity_tier\" text NOT NULL DEFAULT 'STANDARD', \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_4a3dcb66f1630f551b81bca1b34\" UNIQUE (\"name\"), CONSTRAINT \"organisations_tier_check\" CHECK (sensitivity_tier IN ('STANDARD','ELEVATED','HIGH')), CONSTRAINT \"organisations_kind_check\" CHECK (kind IN ('CENTRE','STARTUP','SME','LARGE_ENTERPRISE','UNIVERSITY','RESEARCH_INSTITUTE','GOVERNMENT')), CONSTRAINT \"PK_7bf54cba378d5b2f1d4c10ef4df\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"password_hash\" text NOT NULL, \"display_name\" text NOT NULL, \"role\" text NOT NULL, \"organisation_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_97672ac88f789774dd47f7c8be3\" UNIQUE (\"email\"), CONSTRAINT \"users_email_lower_check\" CHECK (email = lower(email)), CONSTRAINT \"users_founder_has_org_check\" CHECK (role <> 'FOUNDER' OR organisation_id IS NOT NULL), CONSTRAINT \"users_role_check\" CHECK (role IN ('ADMIN','MANAGER','CONSULTANT','FOUNDER')), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"users_organisation_idx\" ON \"users\"  (\"organisation_id\") ");
    await queryRunner.query("CREATE TABLE \"api_tokens\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"token_hash\" text NOT NULL, \"scopes\" text array NOT NULL, \"organisation_id\" uuid, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP(3) WITH TIME ZONE, \"revoked_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"PK_c587455266b5fa8dace7194caac\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"api_tokens_hash_idx\" ON \"api_tokens\"  (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"projects\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"name\" text NOT NULL, \"summary\" text NOT NULL DEFAULT '', \"source_platform\" text NOT NULL DEFAULT 'CUDA/NVIDIA', \"stage\" text NOT NULL DEFAULT 'APPLIED', \"cooperation_modes\" text array NOT NULL, \"stage_entered_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"projects_modes_check\" CHECK (cardinality(cooperation_modes) > 0 AND cooperation_modes <@ ARRAY['RENTAL','JOINT_INCUBATION','COMPUTE_FOR_EQUITY']::text[]), CONSTRAINT \"projects_stage_check\" CHECK (stage IN ('APPLIED','SCREENING','ADAPTATION','INCUBATING','GRADUATED','EXITED','REJECTED')), CONSTRAINT \"PK_6271df0a7aed1d6c0691ce6ac50\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"projects_created_idx\" ON \"projects\"  (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"projects_stage_created_idx\" ON \"projects\"  (\"stage\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"projects_org_name_uq\" ON \"projects\"  (\"organisation_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"adaptations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"source_platform\" text NOT NULL DEFAULT 'CUDA/NVIDIA', \"target_platform\" text NOT NULL DEFAULT 'CANN/Ascend', \"started_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"due_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"completed_items\" text array NOT NULL DEFAULT '{}', \"charge_fen\" bigint NOT NULL DEFAULT '0', CONSTRAINT \"UQ_2601bacd15246fd538614bba00a\" UNIQUE (\"project_id\"), CONSTRAINT \"REL_2601bacd15246fd538614bba00\" UNIQUE (\"project_id\"), CONSTRAINT \"adaptations_due_check\" CHECK (due_at > started_at), CONSTRAINT \"adaptations_free_check\" CHECK (charge_fen = 0), CONSTRAINT \"PK_5a61194023f369d0afb38350d81\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"project_transitions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"from_stage\" text, \"to_stage\" text NOT NULL, \"reason\" text NOT NULL, \"actor_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e4e6f02d60761f9a50899080d51\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"project_transitions_project_idx\" ON \"project_transitions\"  (\"project_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"users\" ADD CONSTRAINT \"FK_2fc4294f8ec97da71d587dc5577\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"api_tokens\" ADD CONSTRAINT \"FK_0c52c62b5b4f9fefb7114972d9d\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"api_tokens\" ADD CONSTRAINT \"FK_a17eb380a7c7622315c02725aff\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"projects\" ADD CONSTRAINT \"FK_4b989f84bfb9c853ee4db3cd232\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"adaptations\" ADD CONSTRAINT \"FK_2601bacd15246fd538614bba00a\" FOREIGN KEY (\"project_id\") REFERENCES \"projects\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_transitions\" ADD CONSTRAINT \"FK_5f37a8c82d352ea8cb4f822cae9\" FOREIGN KEY (\"project_id\") REFERENCES \"projects\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_transitions\" ADD CONSTRAINT \"FK_e30d80984fbffd59422a541ef75\" FOREIGN KEY (\"actor_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"project_transitions\" DROP CONSTRAINT \"FK_e30d80984fbffd59422a541ef75\"");
    await queryRunner.query("ALTER TABLE \"project_transitions\" DROP CONSTRAINT \"FK_5f37a8c82d352ea8cb4f822cae9\"");
    await queryRunner.query("ALTER TABLE \"adaptations\" DROP CONSTRAINT \"FK_2601bacd15246fd538614bba00a\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP CONSTRAINT \"FK_4b989f84bfb9c853ee4db3cd232\"");
    await queryRunner.query("ALTER TABLE \"api_tokens\" DROP CONSTRAINT \"FK_a17eb380a7c7622315c02725aff\"");
    await queryRunner.query("ALTER TABLE \"api_tokens\" DROP CONSTRAINT \"FK_0c52c62b5b4f9fefb7114972d9d\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP CONSTRAINT \"FK_2fc4294f8ec97da71d587dc5577\"");
    await queryRunner.query("DROP INDEX \"public\".\"project_transitions_project_idx\"");
    await queryRunner.query("DROP TABLE \"project_transitions\"");
    await queryRunner.query("DROP TABLE \"adaptations\"");
    await queryRunner.query("DROP INDEX \"public\".\"projects_org_name_uq\"");
    await queryRunner.query("DROP INDEX \"public\".\"projects_stage_created_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"projects_created_idx\"");
    await queryRunner.query("DROP TABLE \"projects\"");
    await queryRunner.query("DROP INDEX \"public\".\"api_tokens_hash_idx\"");
    await queryRunner.query("DROP TABLE \"api_tokens\"");
    await queryRunner.query("DROP INDEX \"public\".\"users_organisation_idx\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP TABLE \"organisations\"");
  }
}
