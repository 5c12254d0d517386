import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KB_SEARCH_DOWN, KB_SEARCH_UP } from './kb-search.sql.js';

export class AddKnowledgeBase1796150931795 implements MigrationInterface {
  name = 'AddKnowledgeBase1796150931795';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"kb_articles\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"slug\" text NOT NULL, \"category\" text NOT NULL, \"status\" text NOT NULL, \"draft_title_zh\" text NOT NULL, \"draft_title_en\" text NOT NULL DEFAULT '', \"draft_body_zh\" text NOT NULL DEFAULT '', \"draft_body_en\" text NOT NULL DEFAULT '', \"published_version\" integer, \"author_id\" uuid NOT NULL, \"view_count\" integer NOT NULL DEFAULT '0', \"deflection_count\" integer NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"kb_articles_slug_unique\" UNIQUE (\"slug\"), CONSTRAINT \"kb_articles_published_check\" CHECK ((status = 'DRAFT') = (published_version IS NULL)), CONSTRAINT \"kb_articles_counters_check\" CHECK (view_count >= 0 AND deflection_count >= 0), CONSTRAINT \"kb_articles_title_check\" CHECK (length(btrim(draft_title_zh)) > 0), CONSTRAINT \"kb_articles_slug_check\" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80), CONSTRAINT \"kb_articles_category_check\" CHECK (category IN ('SUBSIDIES_POLICY','COMPUTE_VOUCHERS','TAX','TALENT','DATA_COMPLIANCE','ADAPTATION','OTHER')), CONSTRAINT \"kb_articles_status_check\" CHECK (status IN ('DRAFT','PUBLISHED','UNPUBLISHED')), CONSTRAINT \"PK_ffb01b096d72350aa97d1d0cb14\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"kb_articles_status_category_idx\" ON \"kb_articles\"  (\"status\", \"category\") ");
    await queryRunner.query("CREATE TABLE \"kb_article_versions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"article_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"title_zh\" text NOT NULL, \"title_en\" text NOT NULL, \"body_zh\" text NOT NULL, \"body_en\" text NOT NULL, \"search_text\" text NOT NULL, \"published_by\" uuid NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"kb_article_versions_number_unique\" UNIQUE (\"article_id\", \"version\"), CONSTRAINT \"PK_1adadce034403a3ba3e6443a217\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"kb_helpful_marks\" (\"article_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5560e802e975f29a558012f7a29\" PRIMARY KEY (\"article_id\", \"user_id\"))");
    await queryRunner.query("ALTER TABLE \"kb_articles\" ADD CONSTRAINT \"FK_6efbd43677d17a820710ce921d2\" FOREIGN KEY (\"author_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"kb_article_versions\" ADD CONSTRAINT \"FK_0f99c336ba154a89d5f46a506d9\" FOREIGN KEY (\"article_id\") REFERENCES \"kb_articles\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"kb_article_versions\" ADD CONSTRAINT \"FK_2182d87ffa37a405f2dea662b77\" FOREIGN KEY (\"published_by\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"kb_helpful_marks\" ADD CONSTRAINT \"FK_ba33012a9df16403f23d2869b69\" FOREIGN KEY (\"article_id\") REFERENCES \"kb_articles\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"kb_helpful_marks\" ADD CONSTRAINT \"FK_7f2d1be8b0eeb368ac9d703d5ba\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    for (const sql of KB_SEARCH_UP) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of KB_SEARCH_DOWN) await queryRunner.query(sql);
    await queryRunner.query("ALTER TABLE \"kb_helpful_marks\" DROP CONSTRAINT \"FK_7f2d1be8b0eeb368ac9d703d5ba\"");
    await queryRunner.query("ALTER TABLE \"kb_helpful_marks\" DROP CONSTRAINT \"FK_ba33012a9df16403f23d2869b69\"");
    await queryRunner.query("ALTER TABLE \"kb_article_versions\" DROP CONSTRAINT \"FK_2182d87ffa37a405f2dea662b77\"");
    await queryRunner.query("ALTER TABLE \"kb_article_versions\" DROP CONSTRAINT \"FK_0f99c336ba154a89d5f46a506d9\"");
    await queryRunner.query("ALTER TABLE \"kb_articles\" DROP CONSTRAINT \"FK_6efbd43677d17a820710ce921d2\"");
    await queryRunner.query("DROP TABLE \"kb_helpful_marks\"");
    await queryRunner.query("DROP TABLE \"kb_article_versions\"");
    await queryRunner.query("DROP INDEX \"public\".\"kb_articles_status_category_idx\"");
    await queryRunner.query("DROP TABLE \"kb_articles\"");
  }
}
