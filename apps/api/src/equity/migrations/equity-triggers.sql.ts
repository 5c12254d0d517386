/**
 * The term-sheet invariants the database keeps on its own, whatever the code does. Kept beside the
 * generated migration so it reads as one list; the migration runs UP then DOWN.
 */
export const EQUITY_TRIGGERS_UP: readonly string[] = [
  // Versions and acceptances are never edited or removed.
  `CREATE FUNCTION term_sheet_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$`,
  `CREATE TRIGGER term_sheet_versions_append_only BEFORE UPDATE OR DELETE ON term_sheet_versions FOR EACH ROW EXECUTE FUNCTION term_sheet_append_only()`,
  `CREATE TRIGGER term_sheet_acceptances_append_only BEFORE UPDATE OR DELETE ON term_sheet_acceptances FOR EACH ROW EXECUTE FUNCTION term_sheet_append_only()`,
  // A version is inserted only as the open sheet's current version (the sheet's counter moves first).
  `CREATE FUNCTION term_sheet_versions_current_only() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE sheet record;
   BEGIN
     SELECT status, current_version_no INTO sheet FROM term_sheets WHERE id = NEW.term_sheet_id FOR SHARE;
     IF sheet.status IS DISTINCT FROM 'OPEN' OR NEW.version_no <> sheet.current_version_no THEN
       RAISE EXCEPTION 'term sheet % takes no version % (status %, current version %)', NEW.term_sheet_id, NEW.version_no, sheet.status, sheet.current_version_no
         USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER term_sheet_versions_current_only BEFORE INSERT ON term_sheet_versions FOR EACH ROW EXECUTE FUNCTION term_sheet_versions_current_only()`,
  // Only the current version of an open sheet can be accepted, with that version's content hash.
  // FOR SHARE waits for a counter-offer in flight and then reads its committed version number.
  `CREATE FUNCTION term_sheet_acceptances_current_only() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE sheet record; version_hash text;
   BEGIN
     SELECT status, current_version_no INTO sheet FROM term_sheets WHERE id = NEW.term_sheet_id FOR SHARE;
     IF sheet.status IS DISTINCT FROM 'OPEN' OR NEW.version_no <> sheet.current_version_no THEN
       RAISE EXCEPTION 'version % of term sheet % is not the current version of an open sheet (status %, current version %)', NEW.version_no, NEW.term_sheet_id, sheet.status, sheet.current_version_no
         USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     SELECT content_hash INTO version_hash FROM term_sheet_versions WHERE term_sheet_id = NEW.term_sheet_id AND version_no = NEW.version_no;
     IF version_hash IS DISTINCT FROM NEW.content_hash THEN
       RAISE EXCEPTION 'the acceptance''s content hash is not that of version % of term sheet %', NEW.version_no, NEW.term_sheet_id USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER term_sheet_acceptances_current_only BEFORE INSERT ON term_sheet_acceptances FOR EACH ROW EXECUTE FUNCTION term_sheet_acceptances_current_only()`,
  // A signed or withdrawn sheet never changes; an open one moves one version at a time, and is
  // SIGNED only when both sides accepted the version it is signed at. Sheets are never deleted.
  `CREATE FUNCTION term_sheets_guard() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'term sheets are never deleted' USING ERRCODE = 'insufficient_privilege'; END IF;
     IF OLD.status <> 'OPEN' THEN
       RAISE EXCEPTION 'term sheet % is % and cannot change', OLD.id, OLD.status USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     IF NEW.id <> OLD.id OR NEW.organisation_id <> OLD.organisation_id OR NEW.project_id <> OLD.project_id
        OR NEW.current_version_no NOT IN (OLD.current_version_no, OLD.current_version_no + 1)
        OR (NEW.status <> 'OPEN' AND NEW.current_version_no <> OLD.current_version_no) THEN
       RAISE EXCEPTION 'term sheet % cannot change that way', OLD.id USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     IF NEW.status = 'SIGNED' AND (SELECT count(DISTINCT side) FROM term_sheet_acceptances WHERE term_sheet_id = NEW.id AND version_no = NEW.signed_version_no) < 2 THEN
       RAISE EXCEPTION 'term sheet % is signed only when both sides accepted version %', NEW.id, NEW.signed_version_no USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER term_sheets_guard BEFORE UPDATE OR DELETE ON term_sheets FOR EACH ROW EXECUTE FUNCTION term_sheets_guard()`,
];

export const EQUITY_TRIGGERS_DOWN: readonly string[] = [
  'DROP TRIGGER IF EXISTS term_sheets_guard ON term_sheets',
  'DROP FUNCTION IF EXISTS term_sheets_guard()',
  'DROP TRIGGER IF EXISTS term_sheet_acceptances_current_only ON term_sheet_acceptances',
  'DROP FUNCTION IF EXISTS term_sheet_acceptances_current_only()',
  'DROP TRIGGER IF EXISTS term_sheet_versions_current_only ON term_sheet_versions',
  'DROP FUNCTION IF EXISTS term_sheet_versions_current_only()',
  'DROP TRIGGER IF EXISTS term_sheet_acceptances_append_only ON term_sheet_acceptances',
  'DROP TRIGGER IF EXISTS term_sheet_versions_append_only ON term_sheet_versions',
  'DROP FUNCTION IF EXISTS term_sheet_append_only()',
];
