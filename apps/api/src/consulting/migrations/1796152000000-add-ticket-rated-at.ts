import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Satisfaction reports count a rating in the month it was given, so the rating keeps its own time. */
export class AddTicketRatedAt1796152000000 implements MigrationInterface {
  name = 'AddTicketRatedAt1796152000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tickets" ADD "rated_at" TIMESTAMP(3) WITH TIME ZONE');
    // Ratings given before this column existed: their last update is the best time we have.
    await queryRunner.query('UPDATE "tickets" SET "rated_at" = "updated_at" WHERE "satisfaction" IS NOT NULL');
    await queryRunner.query('ALTER TABLE "tickets" ADD CONSTRAINT "tickets_rated_check" CHECK ((satisfaction IS NULL) = (rated_at IS NULL))');
    await queryRunner.query('CREATE INDEX "tickets_rated_at_idx" ON "tickets" ("rated_at") WHERE rated_at IS NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "tickets_rated_at_idx"');
    await queryRunner.query('ALTER TABLE "tickets" DROP CONSTRAINT "tickets_rated_check"');
    await queryRunner.query('ALTER TABLE "tickets" DROP COLUMN "rated_at"');
  }
}
