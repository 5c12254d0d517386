import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Knowledge-base articles linked in ticket messages; only a published article can be linked (trigger). */
export class AddTicketMessageArticles1796159407542 implements MigrationInterface {
  name = 'AddTicketMessageArticles1796159407542';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"ticket_message_articles\" (\"message_id\" uuid NOT NULL, \"article_id\" uuid NOT NULL, \"position\" smallint NOT NULL, CONSTRAINT \"ticket_message_articles_position_check\" CHECK (position >= 0), CONSTRAINT \"PK_a9821558e1b3b746d19c7d6d953\" PRIMARY KEY (\"message_id\", \"article_id\"))");
    await queryRunner.query("CREATE INDEX \"ticket_message_articles_article_idx\" ON \"ticket_message_articles\"  (\"article_id\") ");
    await queryRunner.query("ALTER TABLE \"ticket_message_articles\" ADD CONSTRAINT \"FK_5f1da97c9abc7b74e9d151fccc4\" FOREIGN KEY (\"message_id\") REFERENCES \"ticket_messages\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ticket_message_articles\" ADD CONSTRAINT \"FK_845806931b616b484d934d7dd41\" FOREIGN KEY (\"article_id\") REFERENCES \"kb_articles\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // The service checks under a share lock (so an unpublish waits); this refuses any other writer.
    await queryRunner.query(`CREATE FUNCTION ticket_message_article_published() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM kb_articles WHERE id = NEW.article_id AND status = 'PUBLISHED') THEN
          RAISE EXCEPTION 'article % is not published', NEW.article_id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query('CREATE TRIGGER ticket_message_articles_published BEFORE INSERT OR UPDATE ON ticket_message_articles FOR EACH ROW EXECUTE FUNCTION ticket_message_article_published()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER ticket_message_articles_published ON ticket_message_articles');
    await queryRunner.query('DROP FUNCTION ticket_message_article_published()');
    await queryRunner.query("ALTER TABLE \"ticket_message_articles\" DROP CONSTRAINT \"FK_845806931b616b484d934d7dd41\"");
    await queryRunner.query("ALTER TABLE \"ticket_message_articles\" DROP CONSTRAINT \"FK_5f1da97c9abc7b74e9d151fccc4\"");
    await queryRunner.query("DROP INDEX \"public\".\"ticket_message_articles_article_idx\"");
    await queryRunner.query("DROP TABLE \"ticket_message_articles\"");
  }
}
