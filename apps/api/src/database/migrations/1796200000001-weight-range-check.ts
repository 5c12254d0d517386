import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MAX_WEIGHT, MIN_WEIGHT } from '@suanli/domain';
import { sqlBetween } from '../check-sql.js';

/**
 * The fair-share weight's range from libs/domain on both ends (it was "> 0", below the API's 0.1).
 * The API never accepted less than 0.1, so only a hand-edited row is raised to the minimum.
 */
export class WeightRangeCheck1796200000001 implements MigrationInterface {
  name = 'WeightRangeCheck1796200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "organisation_scheduling" SET "weight" = ${MIN_WEIGHT} WHERE "weight" < ${MIN_WEIGHT}`);
    await queryRunner.query(`ALTER TABLE "organisation_scheduling" DROP CONSTRAINT "org_sched_weight_check"`);
    await queryRunner.query(`ALTER TABLE "organisation_scheduling" ADD CONSTRAINT "org_sched_weight_range_check" CHECK (${sqlBetween('weight', MIN_WEIGHT, MAX_WEIGHT)})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation_scheduling" DROP CONSTRAINT "org_sched_weight_range_check"`);
    await queryRunner.query(`ALTER TABLE "organisation_scheduling" ADD CONSTRAINT "org_sched_weight_check" CHECK (weight > 0 AND weight <= 100)`);
  }
}
