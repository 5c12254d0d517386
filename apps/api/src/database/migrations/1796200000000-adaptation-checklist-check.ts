import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ADAPTATION_CHECKLIST } from '@suanli/domain';
import { sqlArrayWithin } from '../check-sql.js';

/**
 * Completed checklist items may only be items of the checklist, so "all done" can be counted
 * against its length. Built from libs/domain: the text is fixed when this migration first runs.
 */
export class AdaptationChecklistCheck1796200000000 implements MigrationInterface {
  name = 'AdaptationChecklistCheck1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "adaptations" ADD CONSTRAINT "adaptations_items_check" CHECK (${sqlArrayWithin('completed_items', ADAPTATION_CHECKLIST)})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "adaptations" DROP CONSTRAINT "adaptations_items_check"`);
  }
}
