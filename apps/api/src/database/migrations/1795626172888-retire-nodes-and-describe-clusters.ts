import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RetireNodesAndDescribeClusters1795626172888 implements MigrationInterface {
  name = 'RetireNodesAndDescribeClusters1795626172888';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"clusters\" ADD \"description\" text");
    await queryRunner.query("ALTER TABLE \"nodes\" ADD \"retired_at\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"nodes\" ADD \"retired_by_id\" uuid");
    await queryRunner.query("ALTER TABLE \"nodes\" ADD CONSTRAINT \"nodes_retired_check\" CHECK (retired_at IS NULL OR (drain_reason IS NOT NULL AND retired_by_id IS NOT NULL))");
    await queryRunner.query("ALTER TABLE \"nodes\" ADD CONSTRAINT \"FK_e339bb65566b1a0546ae91dc08f\" FOREIGN KEY (\"retired_by_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"nodes\" DROP CONSTRAINT \"FK_e339bb65566b1a0546ae91dc08f\"");
    await queryRunner.query("ALTER TABLE \"nodes\" DROP CONSTRAINT \"nodes_retired_check\"");
    await queryRunner.query("ALTER TABLE \"nodes\" DROP COLUMN \"retired_by_id\"");
    await queryRunner.query("ALTER TABLE \"nodes\" DROP COLUMN \"retired_at\"");
    await queryRunner.query("ALTER TABLE \"clusters\" DROP COLUMN \"description\"");
  }
}
