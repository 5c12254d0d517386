import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ComputeAllocation1795618896232 implements MigrationInterface {
  name = 'ComputeAllocation1795618896232';

  async up(queryRunner: QueryRunner): Promise<void> {
    // btree_gist lets one exclusion constraint combine card equality with time-range overlap.
    await queryRunner.query("CREATE EXTENSION IF NOT EXISTS btree_gist");
    await queryRunner.query("CREATE TABLE \"clusters\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_9866753a0c6ffd4adebb5cc236b\" UNIQUE (\"name\"), CONSTRAINT \"PK_56c8e201f375e1e961dcdd6831c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"allocation_requests\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cluster_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, \"project_id\" uuid NOT NULL, \"requested_by_id\" uuid NOT NULL, \"card_type\" text NOT NULL, \"cards\" integer NOT NULL, \"duration_s\" integer NOT NULL, \"priority\" text NOT NULL DEFAULT 'STANDARD', \"preemptible\" boolean NOT NULL DEFAULT false, \"earliest_start_at\" TIMESTAMP(3) WITH TIME ZONE, \"state\" text NOT NULL DEFAULT 'QUEUED', \"started_at\" TIMESTAMP(3) WITH TIME ZONE, \"ends_at\" TIMESTAMP(3) WITH TIME ZONE, \"finished_at\" TIMESTAMP(3) WITH TIME ZONE, \"preempt_at\" TIMESTAMP(3) WITH TIME ZONE, \"preempted_for_id\" uuid, \"queue_position\" integer, \"estimated_start_at\" TIMESTAMP(3) WITH TIME ZONE, \"wait_reason\" jsonb, \"end_reason\" text, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"alloc_closed_check\" CHECK (state IN ('QUEUED','RUNNING') OR finished_at IS NOT NULL), CONSTRAINT \"alloc_running_check\" CHECK (state <> 'RUNNING' OR (started_at IS NOT NULL AND ends_at IS NOT NULL)), CONSTRAINT \"alloc_duration_check\" CHECK (duration_s BETWEEN 600 AND 2592000), CONSTRAINT \"alloc_cards_check\" CHECK (cards > 0), CONSTRAINT \"alloc_priority_check\" CHECK (priority IN ('ADAPTATION','STANDARD','URGENT')), CONSTRAINT \"alloc_state_check\" CHECK (state IN ('QUEUED','RUNNING','FINISHED','CANCELLED','PREEMPTED')), CONSTRAINT \"PK_16d035a0bbc65fde42f11dd6b27\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"alloc_created_idx\" ON \"allocation_requests\"  (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"alloc_project_idx\" ON \"allocation_requests\"  (\"project_id\") ");
    await queryRunner.query("CREATE INDEX \"alloc_org_created_idx\" ON \"allocation_requests\"  (\"organisation_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"alloc_cluster_state_idx\" ON \"allocation_requests\"  (\"cluster_id\", \"state\") ");
    await queryRunner.query("CREATE TABLE \"nodes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cluster_id\" uuid NOT NULL, \"name\" text NOT NULL, \"card_type\" text NOT NULL, \"cards_per_node\" integer NOT NULL, \"domain_size\" integer NOT NULL, \"drain_reason\" text, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"nodes_shape_check\" CHECK (cards_per_node > 0 AND domain_size > 0 AND cards_per_node % domain_size = 0), CONSTRAINT \"PK_682d6427523a0fa43d062ea03ee\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"nodes_cluster_name_uq\" ON \"nodes\"  (\"cluster_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"cards\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"node_id\" uuid NOT NULL, \"index\" integer NOT NULL, \"domain_index\" integer NOT NULL, \"memory_gb\" integer NOT NULL, \"health\" text NOT NULL DEFAULT 'HEALTHY', CONSTRAINT \"cards_health_check\" CHECK (health IN ('HEALTHY','DRAINED','FAILED')), CONSTRAINT \"PK_5f3269634705fdff4a9935860fc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"cards_node_index_uq\" ON \"cards\"  (\"node_id\", \"index\") ");
    await queryRunner.query("CREATE TABLE \"card_holdings\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"allocation_id\" uuid NOT NULL, \"card_id\" uuid NOT NULL, \"during\" tstzrange NOT NULL, CONSTRAINT \"card_holdings_no_overlap\" EXCLUDE USING gist (\"card_id\" WITH =, \"during\" WITH &&), CONSTRAINT \"PK_2f36d0d81f3cd0419c21db12fa6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"card_holdings_allocation_idx\" ON \"card_holdings\"  (\"allocation_id\") ");
    await queryRunner.query("CREATE TABLE \"organisation_scheduling\" (\"organisation_id\" uuid NOT NULL, \"weight\" numeric(6,2) NOT NULL DEFAULT '1', \"quota_cards\" integer, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"org_sched_quota_check\" CHECK (quota_cards IS NULL OR quota_cards > 0), CONSTRAINT \"org_sched_weight_check\" CHECK (weight > 0 AND weight <= 100), CONSTRAINT \"PK_0d2ac378e9cde45cf11f33313be\" PRIMARY KEY (\"organisation_id\"))");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" ADD CONSTRAINT \"FK_fbd0e6c2dd05997ccb60d3cde73\" FOREIGN KEY (\"cluster_id\") REFERENCES \"clusters\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" ADD CONSTRAINT \"FK_e7d8f9fe4008ccf70cd4f8d79d4\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" ADD CONSTRAINT \"FK_08d855c573c922442f8d8e74994\" FOREIGN KEY (\"project_id\") REFERENCES \"projects\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"nodes\" ADD CONSTRAINT \"FK_1e6db25be4b515e345ed1657180\" FOREIGN KEY (\"cluster_id\") REFERENCES \"clusters\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cards\" ADD CONSTRAINT \"FK_aab59d001b0451895bd85afd00e\" FOREIGN KEY (\"node_id\") REFERENCES \"nodes\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"card_holdings\" ADD CONSTRAINT \"FK_d4fcc1d8b1fef8bd6c8472ec43e\" FOREIGN KEY (\"allocation_id\") REFERENCES \"allocation_requests\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"card_holdings\" ADD CONSTRAINT \"FK_014241d887f52a9084048d814eb\" FOREIGN KEY (\"card_id\") REFERENCES \"cards\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organisation_scheduling\" ADD CONSTRAINT \"FK_0d2ac378e9cde45cf11f33313be\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"organisation_scheduling\" DROP CONSTRAINT \"FK_0d2ac378e9cde45cf11f33313be\"");
    await queryRunner.query("ALTER TABLE \"card_holdings\" DROP CONSTRAINT \"FK_014241d887f52a9084048d814eb\"");
    await queryRunner.query("ALTER TABLE \"card_holdings\" DROP CONSTRAINT \"FK_d4fcc1d8b1fef8bd6c8472ec43e\"");
    await queryRunner.query("ALTER TABLE \"cards\" DROP CONSTRAINT \"FK_aab59d001b0451895bd85afd00e\"");
    await queryRunner.query("ALTER TABLE \"nodes\" DROP CONSTRAINT \"FK_1e6db25be4b515e345ed1657180\"");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" DROP CONSTRAINT \"FK_08d855c573c922442f8d8e74994\"");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" DROP CONSTRAINT \"FK_e7d8f9fe4008ccf70cd4f8d79d4\"");
    await queryRunner.query("ALTER TABLE \"allocation_requests\" DROP CONSTRAINT \"FK_fbd0e6c2dd05997ccb60d3cde73\"");
    await queryRunner.query("DROP TABLE \"organisation_scheduling\"");
    await queryRunner.query("DROP INDEX \"public\".\"card_holdings_allocation_idx\"");
    await queryRunner.query("DROP TABLE \"card_holdings\"");
    await queryRunner.query("DROP INDEX \"public\".\"cards_node_index_uq\"");
    await queryRunner.query("DROP TABLE \"cards\"");
    await queryRunner.query("DROP INDEX \"public\".\"nodes_cluster_name_uq\"");
    await queryRunner.query("DROP TABLE \"nodes\"");
    await queryRunner.query("DROP INDEX \"public\".\"alloc_cluster_state_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"alloc_org_created_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"alloc_project_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"alloc_created_idx\"");
    await queryRunner.query("DROP TABLE \"allocation_requests\"");
    await queryRunner.query("DROP TABLE \"clusters\"");
  }
}
