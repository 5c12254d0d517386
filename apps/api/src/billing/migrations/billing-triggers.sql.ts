/**
 * The money invariants the database keeps on its own, whatever the code does (ADR 0012).
 * Kept beside the generated migration so it reads as one list; the migration runs UP then DOWN.
 */
export const BILLING_TRIGGERS_UP: readonly string[] = [
  'INSERT INTO billing_settings (id) VALUES (1)',
  // Counters of invoice numbers per series and Shanghai year. Taking the next number updates the
  // counter row inside the issuing transaction: a rollback returns the number, so there are no gaps,
  // and the row lock makes concurrent issuers take turns.
  `CREATE TABLE invoice_number_counters (series text NOT NULL, year int NOT NULL, last_seq int NOT NULL CHECK (last_seq BETWEEN 0 AND 999999), PRIMARY KEY (series, year))`,
  `CREATE FUNCTION invoices_assign_number() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF NEW.status IN ('ISSUED','PAID') AND (TG_OP = 'INSERT' OR OLD.status = 'DRAFT') THEN
       IF NEW.issued_at IS NULL THEN NEW.issued_at := now(); END IF;
       -- The year of issue in Asia/Shanghai (UTC+8, no daylight saving).
       NEW.number_year := extract(year FROM (NEW.issued_at AT TIME ZONE 'UTC') + interval '8 hours')::int;
       INSERT INTO invoice_number_counters AS c (series, year, last_seq) VALUES (NEW.series, NEW.number_year, 1)
         ON CONFLICT (series, year) DO UPDATE SET last_seq = c.last_seq + 1
         RETURNING last_seq INTO NEW.number_seq;
       NEW.number := NEW.series || '-' || NEW.number_year || '-' || lpad(NEW.number_seq::text, 6, '0');
     ELSIF TG_OP = 'INSERT' THEN
       NEW.number := NULL; NEW.number_seq := NULL; NEW.number_year := NULL;
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER invoices_assign_number BEFORE INSERT OR UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION invoices_assign_number()`,
  // An issued invoice is never edited: only its settlement moves (payments, credit notes, PAID).
  `CREATE FUNCTION invoices_issued_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'DELETE' THEN
       IF OLD.status <> 'DRAFT' THEN RAISE EXCEPTION 'invoice % is % and cannot be deleted', OLD.id, OLD.status USING ERRCODE = 'integrity_constraint_violation'; END IF;
       RETURN OLD;
     END IF;
     IF OLD.status = 'VOID' OR (OLD.status IN ('ISSUED','PAID') AND (
          NEW.status NOT IN ('ISSUED','PAID') OR NEW.number IS DISTINCT FROM OLD.number OR NEW.organisation_id <> OLD.organisation_id
          OR NEW.period_month <> OLD.period_month OR NEW.total_fen <> OLD.total_fen OR NEW.free_fen <> OLD.free_fen
          OR NEW.voucher_fen <> OLD.voucher_fen OR NEW.equity_fen <> OLD.equity_fen OR NEW.cash_fen <> OLD.cash_fen
          OR NEW.issued_at IS DISTINCT FROM OLD.issued_at OR NEW.due_at IS DISTINCT FROM OLD.due_at
          OR NEW.paid_fen < OLD.paid_fen OR NEW.credited_fen < OLD.credited_fen)) THEN
       RAISE EXCEPTION 'invoice % is % and cannot be edited', OLD.id, OLD.status USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER invoices_issued_immutable BEFORE UPDATE OR DELETE ON invoices FOR EACH ROW EXECUTE FUNCTION invoices_issued_immutable()`,
  `CREATE FUNCTION invoice_lines_of_drafts_only() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE invoice_status text;
   BEGIN
     SELECT status INTO invoice_status FROM invoices WHERE id = COALESCE(NEW.invoice_id, OLD.invoice_id);
     -- A credit note is inserted as ISSUED with its lines in one transaction: lines may be added then.
     IF invoice_status <> 'DRAFT' AND NOT (TG_OP = 'INSERT' AND NEW.credits_line_id IS NOT NULL) THEN
       RAISE EXCEPTION 'the lines of a % invoice cannot change', invoice_status USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     RETURN COALESCE(NEW, OLD);
   END $$`,
  `CREATE TRIGGER invoice_lines_of_drafts_only BEFORE INSERT OR UPDATE OR DELETE ON invoice_lines FOR EACH ROW EXECUTE FUNCTION invoice_lines_of_drafts_only()`,
  // Ledger, payments and redemptions are append-only.
  `CREATE FUNCTION money_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$`,
  `CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries FOR EACH ROW EXECUTE FUNCTION money_append_only()`,
  `CREATE TRIGGER payments_append_only BEFORE UPDATE OR DELETE ON payments FOR EACH ROW EXECUTE FUNCTION money_append_only()`,
  `CREATE TRIGGER voucher_redemptions_append_only BEFORE UPDATE OR DELETE ON voucher_redemptions FOR EACH ROW EXECUTE FUNCTION money_append_only()`,
  // Double entry: at commit, the legs of every transaction touched sum to zero.
  `CREATE FUNCTION ledger_entries_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE imbalance bigint;
   BEGIN
     SELECT sum(amount_fen) INTO imbalance FROM ledger_entries WHERE transaction_id = NEW.transaction_id;
     IF imbalance <> 0 THEN
       RAISE EXCEPTION 'ledger transaction % does not balance (off by % fen)', NEW.transaction_id, imbalance USING ERRCODE = 'check_violation';
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_entries_balanced()`,
  // A related party never holds a voucher.
  `CREATE FUNCTION vouchers_no_related_party() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF EXISTS (SELECT 1 FROM related_parties WHERE organisation_id = NEW.organisation_id) THEN
       RAISE EXCEPTION 'organisation % is a related party and cannot receive vouchers', NEW.organisation_id USING ERRCODE = 'check_violation';
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER vouchers_no_related_party BEFORE INSERT ON vouchers FOR EACH ROW EXECUTE FUNCTION vouchers_no_related_party()`,
  // Every account's balance (debit positive), and the reconciliation the ledger must always pass:
  // each organisation's receivable equals its issued invoices' cash less payments and credit notes.
  `CREATE VIEW ledger_account_balances AS
     SELECT a.id AS account_id, a.code, a.kind, a.organisation_id, COALESCE(sum(e.amount_fen), 0)::bigint AS balance_fen
     FROM ledger_accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id GROUP BY a.id`,
  `CREATE VIEW receivable_reconciliation AS
     SELECT o.id AS organisation_id,
       COALESCE((SELECT balance_fen FROM ledger_account_balances b WHERE b.kind = 'RECEIVABLE' AND b.organisation_id = o.id), 0)::bigint AS ledger_fen,
       (COALESCE((SELECT sum(cash_fen) FROM invoices i WHERE i.organisation_id = o.id AND i.kind = 'INVOICE' AND i.status IN ('ISSUED','PAID')), 0)
        - COALESCE((SELECT sum(amount_fen) FROM payments p WHERE p.organisation_id = o.id), 0)
        - COALESCE((SELECT sum(cash_fen) FROM invoices c WHERE c.organisation_id = o.id AND c.kind = 'CREDIT_NOTE'), 0))::bigint AS documents_fen
     FROM organisations o`,
];

export const BILLING_TRIGGERS_DOWN: readonly string[] = [
  'DROP VIEW receivable_reconciliation',
  'DROP VIEW ledger_account_balances',
  'DROP TRIGGER vouchers_no_related_party ON vouchers',
  'DROP FUNCTION vouchers_no_related_party()',
  'DROP TRIGGER ledger_entries_balanced ON ledger_entries',
  'DROP FUNCTION ledger_entries_balanced()',
  'DROP TRIGGER voucher_redemptions_append_only ON voucher_redemptions',
  'DROP TRIGGER payments_append_only ON payments',
  'DROP TRIGGER ledger_entries_append_only ON ledger_entries',
  'DROP FUNCTION money_append_only()',
  'DROP TRIGGER invoice_lines_of_drafts_only ON invoice_lines',
  'DROP FUNCTION invoice_lines_of_drafts_only()',
  'DROP TRIGGER invoices_issued_immutable ON invoices',
  'DROP FUNCTION invoices_issued_immutable()',
  'DROP TRIGGER invoices_assign_number ON invoices',
  'DROP FUNCTION invoices_assign_number()',
  'DROP TABLE invoice_number_counters',
];
