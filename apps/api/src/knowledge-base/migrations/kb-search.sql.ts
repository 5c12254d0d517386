/**
 * What TypeORM cannot generate for the knowledge base: pg_trgm and its GIN index on the searched
 * text (docs/adr/0017-knowledge-base-search.md), and a trigger keeping published versions
 * immutable whatever the code does. pg_trgm ships with PostgreSQL's contrib and with PGlite
 * (loaded in database/embedded-postgres.ts).
 */
export const KB_SEARCH_UP: readonly string[] = [
  'CREATE EXTENSION IF NOT EXISTS pg_trgm',
  'CREATE INDEX "kb_article_versions_search_trgm_idx" ON "kb_article_versions" USING gin ("search_text" gin_trgm_ops)',
  `CREATE FUNCTION kb_article_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'a published knowledge-base version never changes; publish a new one' USING ERRCODE = 'integrity_constraint_violation';
   END $$`,
  'CREATE TRIGGER kb_article_versions_immutable BEFORE UPDATE ON kb_article_versions FOR EACH ROW EXECUTE FUNCTION kb_article_versions_immutable()',
];

// The extension stays: other features (or a DBA) may use it, and dropping it is not ours to decide.
export const KB_SEARCH_DOWN: readonly string[] = [
  'DROP TRIGGER kb_article_versions_immutable ON kb_article_versions',
  'DROP FUNCTION kb_article_versions_immutable()',
  'DROP INDEX "public"."kb_article_versions_search_trgm_idx"',
];
