/**
 * What the database keeps about credit lines and cap tables on its own, whatever the code does
 * (ADR 0014). Run by the migration that creates the tables, UP then DOWN in reverse.
 * - A line is opened only from a signed term sheet, at its signed version.
 * - A draw is the only way credit moves: inserting one adds to its tranche's and its line's
 *   drawn_fen under the line's row lock, and is refused on a locked tranche, on an expired line or
 *   past the expiry; the CHECKs refuse an overdraw. Draws are append-only.
 * - A tranche drawn to its full credit issues its shares to the centre on the cap table, in the
 *   same statement; when a line expires, each partly drawn tranche issues ⌊shares × drawn ÷ credit⌋
 *   (rounded down, as deriveEquity rounds: never more shares than the drawn credit buys). The
 *   unique index on cap_issuances (credit_line_id, tranche_no) makes either happen at most once.
 * - Issuances and buy-backs are append-only; a buy-back never exceeds what is held; the centre's
 *   TRANCHE issuances come only from these triggers.
 * - At commit, an invoice line's equity_fen equals Σ its draws (deferred constraint triggers).
 */
export const CREDIT_LINE_TRIGGERS_UP: readonly string[] = [
  `CREATE FUNCTION equity_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$`,
  `CREATE TRIGGER credit_draws_append_only BEFORE UPDATE OR DELETE ON credit_draws FOR EACH ROW EXECUTE FUNCTION equity_append_only()`,
  `CREATE TRIGGER cap_issuances_append_only BEFORE UPDATE OR DELETE ON cap_issuances FOR EACH ROW EXECUTE FUNCTION equity_append_only()`,
  `CREATE TRIGGER cap_buy_backs_append_only BEFORE UPDATE OR DELETE ON cap_buy_backs FOR EACH ROW EXECUTE FUNCTION equity_append_only()`,

  `CREATE FUNCTION credit_lines_signed_only() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE sheet record;
   BEGIN
     SELECT status, signed_version_no, organisation_id, project_id INTO sheet FROM term_sheets WHERE id = NEW.term_sheet_id;
     IF sheet.status IS DISTINCT FROM 'SIGNED' OR NEW.version_no IS DISTINCT FROM sheet.signed_version_no
        OR NEW.organisation_id <> sheet.organisation_id OR NEW.project_id <> sheet.project_id THEN
       RAISE EXCEPTION 'a credit line opens only from a signed term sheet at its signed version (sheet %, status %)', NEW.term_sheet_id, sheet.status
         USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     IF NEW.status <> 'ACTIVE' OR NEW.drawn_fen <> 0 THEN
       RAISE EXCEPTION 'a credit line opens active with nothing drawn' USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER credit_lines_signed_only BEFORE INSERT ON credit_lines FOR EACH ROW EXECUTE FUNCTION credit_lines_signed_only()`,

  // Only the draws' trigger moves drawn_fen (pg_trigger_depth() > 1 there); a line only goes
  // ACTIVE → EXPIRED; the terms it was opened with never change; nothing is deleted.
  `CREATE FUNCTION credit_lines_guard() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'credit lines are never deleted' USING ERRCODE = 'insufficient_privilege'; END IF;
     IF (NEW.term_sheet_id, NEW.version_no, NEW.organisation_id, NEW.project_id, NEW.credit_fen, NEW.total_shares, NEW.price_numerator, NEW.price_denominator,
         NEW.pre_money_fen, NEW.post_money_shares, NEW.share_class_id, NEW.centre_stakeholder_id, NEW.opened_at, NEW.expires_at, NEW.buy_back_until, NEW.buy_back_premium_bp)
        IS DISTINCT FROM
        (OLD.term_sheet_id, OLD.version_no, OLD.organisation_id, OLD.project_id, OLD.credit_fen, OLD.total_shares, OLD.price_numerator, OLD.price_denominator,
         OLD.pre_money_fen, OLD.post_money_shares, OLD.share_class_id, OLD.centre_stakeholder_id, OLD.opened_at, OLD.expires_at, OLD.buy_back_until, OLD.buy_back_premium_bp) THEN
       RAISE EXCEPTION 'the terms of credit line % never change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     IF NEW.drawn_fen <> OLD.drawn_fen AND (pg_trigger_depth() < 2 OR NEW.drawn_fen < OLD.drawn_fen) THEN
       RAISE EXCEPTION 'credit line % moves only by draws', OLD.id USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     IF NEW.status = 'EXPIRED' AND OLD.status = 'ACTIVE' AND NEW.closed_at < NEW.expires_at THEN
       RAISE EXCEPTION 'credit line % cannot expire before %', OLD.id, OLD.expires_at USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     IF OLD.status = 'EXPIRED' AND (NEW.status, NEW.closed_at, NEW.drawn_fen) IS DISTINCT FROM (OLD.status, OLD.closed_at, OLD.drawn_fen) THEN
       RAISE EXCEPTION 'credit line % is closed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER credit_lines_guard BEFORE UPDATE OR DELETE ON credit_lines FOR EACH ROW EXECUTE FUNCTION credit_lines_guard()`,

  `CREATE FUNCTION credit_tranches_guard() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'credit tranches are never deleted' USING ERRCODE = 'insufficient_privilege'; END IF;
     IF (NEW.credit_line_id, NEW.tranche_no, NEW.percent_bp, NEW.release, NEW.credit_fen, NEW.shares)
        IS DISTINCT FROM (OLD.credit_line_id, OLD.tranche_no, OLD.percent_bp, OLD.release, OLD.credit_fen, OLD.shares) THEN
       RAISE EXCEPTION 'tranche % of credit line % never changes its terms', OLD.tranche_no, OLD.credit_line_id USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     IF NEW.drawn_fen <> OLD.drawn_fen AND (pg_trigger_depth() < 2 OR NEW.drawn_fen < OLD.drawn_fen) THEN
       RAISE EXCEPTION 'tranche % of credit line % moves only by draws', OLD.tranche_no, OLD.credit_line_id USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     IF (OLD.released_at IS NOT NULL AND NEW.released_at IS DISTINCT FROM OLD.released_at)
        OR (OLD.fully_drawn_at IS NOT NULL AND NEW.fully_drawn_at IS DISTINCT FROM OLD.fully_drawn_at) THEN
       RAISE EXCEPTION 'a release or a full draw of tranche % is never undone', OLD.tranche_no USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER credit_tranches_guard BEFORE UPDATE OR DELETE ON credit_tranches FOR EACH ROW EXECUTE FUNCTION credit_tranches_guard()`,

  `CREATE FUNCTION credit_draws_apply() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE line record;
   BEGIN
     SELECT status, expires_at INTO line FROM credit_lines WHERE id = NEW.credit_line_id FOR UPDATE;
     IF line.status IS DISTINCT FROM 'ACTIVE' OR NEW.drawn_at >= line.expires_at THEN
       RAISE EXCEPTION 'credit line % is not drawable (status %, expires %)', NEW.credit_line_id, line.status, line.expires_at
         USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     UPDATE credit_tranches
        SET drawn_fen = drawn_fen + NEW.amount_fen,
            fully_drawn_at = CASE WHEN drawn_fen + NEW.amount_fen = credit_fen THEN NEW.drawn_at ELSE NULL END
      WHERE credit_line_id = NEW.credit_line_id AND tranche_no = NEW.tranche_no AND released_at IS NOT NULL;
     IF NOT FOUND THEN
       RAISE EXCEPTION 'tranche % of credit line % is not released', NEW.tranche_no, NEW.credit_line_id USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     UPDATE credit_lines SET drawn_fen = drawn_fen + NEW.amount_fen WHERE id = NEW.credit_line_id;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER credit_draws_apply BEFORE INSERT ON credit_draws FOR EACH ROW EXECUTE FUNCTION credit_draws_apply()`,

  // A tranche drawn in full issues its shares, in the same statement as the draw.
  `CREATE FUNCTION credit_tranches_issue_shares() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF OLD.fully_drawn_at IS NULL AND NEW.fully_drawn_at IS NOT NULL AND NEW.shares > 0 THEN
       INSERT INTO cap_issuances (organisation_id, stakeholder_id, share_class_id, shares, price_numerator, price_denominator, issued_at, consideration_text, source, credit_line_id, tranche_no)
       SELECT l.organisation_id, l.centre_stakeholder_id, l.share_class_id, NEW.shares, l.price_numerator, l.price_denominator, NEW.fully_drawn_at,
              'compute credit tranche ' || (NEW.tranche_no + 1) || ' drawn in full: ' || NEW.credit_fen || ' fen', 'TRANCHE', l.id, NEW.tranche_no
         FROM credit_lines l WHERE l.id = NEW.credit_line_id;
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER credit_tranches_issue_shares AFTER UPDATE OF fully_drawn_at ON credit_tranches FOR EACH ROW EXECUTE FUNCTION credit_tranches_issue_shares()`,

  // An expiring line issues the drawn part of each partly drawn tranche, rounded down.
  `CREATE FUNCTION credit_lines_issue_on_expiry() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF OLD.status = 'ACTIVE' AND NEW.status = 'EXPIRED' THEN
       INSERT INTO cap_issuances (organisation_id, stakeholder_id, share_class_id, shares, price_numerator, price_denominator, issued_at, consideration_text, source, credit_line_id, tranche_no)
       SELECT NEW.organisation_id, NEW.centre_stakeholder_id, NEW.share_class_id, div(t.shares::numeric * t.drawn_fen, t.credit_fen)::bigint, NEW.price_numerator, NEW.price_denominator, NEW.closed_at,
              'compute credit tranche ' || (t.tranche_no + 1) || ' partly drawn when the credit expired: ' || t.drawn_fen || ' of ' || t.credit_fen || ' fen', 'TRANCHE', NEW.id, t.tranche_no
         FROM credit_tranches t
        WHERE t.credit_line_id = NEW.id AND t.drawn_fen > 0 AND t.drawn_fen < t.credit_fen AND div(t.shares::numeric * t.drawn_fen, t.credit_fen) > 0;
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER credit_lines_issue_on_expiry AFTER UPDATE OF status ON credit_lines FOR EACH ROW EXECUTE FUNCTION credit_lines_issue_on_expiry()`,

  // A buy-back never takes more than the holder has of that security.
  `CREATE FUNCTION cap_buy_backs_within_holding() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE held bigint; owner uuid; org uuid; bought bigint;
   BEGIN
     IF NEW.issuance_id IS NOT NULL THEN
       SELECT shares, stakeholder_id, organisation_id INTO held, owner, org FROM cap_issuances WHERE id = NEW.issuance_id FOR UPDATE;
       SELECT COALESCE(sum(shares), 0) INTO bought FROM cap_buy_backs WHERE issuance_id = NEW.issuance_id;
     ELSE
       SELECT centre_stakeholder_id, organisation_id INTO owner, org FROM credit_lines WHERE id = NEW.credit_line_id FOR UPDATE;
       SELECT COALESCE(sum(shares), 0) INTO held FROM cap_issuances WHERE credit_line_id = NEW.credit_line_id;
       SELECT COALESCE(sum(shares), 0) INTO bought FROM cap_buy_backs WHERE credit_line_id = NEW.credit_line_id;
     END IF;
     IF owner IS DISTINCT FROM NEW.stakeholder_id OR org IS DISTINCT FROM NEW.organisation_id OR bought + NEW.shares > held THEN
       RAISE EXCEPTION 'a buy-back of % shares exceeds the % held (% already bought back)', NEW.shares, held, bought USING ERRCODE = 'check_violation';
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER cap_buy_backs_within_holding BEFORE INSERT ON cap_buy_backs FOR EACH ROW EXECUTE FUNCTION cap_buy_backs_within_holding()`,

  // The centre's TRANCHE shares come only from the two triggers above (depth ≥ 2), with the
  // tranche's own count or its drawn part: a hand-made one could block the real issuance.
  `CREATE FUNCTION cap_issuances_tranche_by_trigger_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF NEW.source = 'TRANCHE' AND pg_trigger_depth() < 2 THEN
       RAISE EXCEPTION 'the centre''s tranche shares are issued only by drawing the credit' USING ERRCODE = 'insufficient_privilege';
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER cap_issuances_tranche_by_trigger_only BEFORE INSERT ON cap_issuances FOR EACH ROW EXECUTE FUNCTION cap_issuances_tranche_by_trigger_only()`,

  // At commit, every invoice line's equity part equals what its draws took from credit lines: the
  // split and the draws are written separately, and neither may go without the other.
  `CREATE FUNCTION check_invoice_line_equity(line_id uuid) RETURNS void LANGUAGE plpgsql AS $$
   DECLARE booked bigint; drawn bigint;
   BEGIN
     SELECT equity_fen INTO booked FROM invoice_lines WHERE id = line_id;
     SELECT COALESCE(sum(amount_fen), 0) INTO drawn FROM credit_draws WHERE invoice_line_id = line_id;
     IF booked IS DISTINCT FROM drawn THEN
       RAISE EXCEPTION 'invoice line % pays % fen from equity credit but draws % fen', line_id, booked, drawn USING ERRCODE = 'integrity_constraint_violation';
     END IF;
   END $$`,
  `CREATE FUNCTION credit_draws_match_invoice_line() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN PERFORM check_invoice_line_equity(NEW.invoice_line_id); RETURN NULL; END $$`,
  `CREATE FUNCTION invoice_lines_equity_match_draws() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN PERFORM check_invoice_line_equity(NEW.id); RETURN NULL; END $$`,
  `CREATE CONSTRAINT TRIGGER credit_draws_match_invoice_line AFTER INSERT ON credit_draws DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION credit_draws_match_invoice_line()`,
  `CREATE CONSTRAINT TRIGGER invoice_lines_equity_match_draws AFTER UPDATE OF equity_fen ON invoice_lines DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.equity_fen IS DISTINCT FROM OLD.equity_fen) EXECUTE FUNCTION invoice_lines_equity_match_draws()`,
];

export const CREDIT_LINE_TRIGGERS_DOWN: readonly string[] = [
  'DROP TRIGGER invoice_lines_equity_match_draws ON invoice_lines',
  'DROP TRIGGER credit_draws_match_invoice_line ON credit_draws',
  'DROP FUNCTION invoice_lines_equity_match_draws()',
  'DROP FUNCTION credit_draws_match_invoice_line()',
  'DROP FUNCTION check_invoice_line_equity(uuid)',
  'DROP TRIGGER cap_issuances_tranche_by_trigger_only ON cap_issuances',
  'DROP FUNCTION cap_issuances_tranche_by_trigger_only()',
  'DROP TRIGGER cap_buy_backs_within_holding ON cap_buy_backs',
  'DROP FUNCTION cap_buy_backs_within_holding()',
  'DROP TRIGGER credit_lines_issue_on_expiry ON credit_lines',
  'DROP FUNCTION credit_lines_issue_on_expiry()',
  'DROP TRIGGER credit_tranches_issue_shares ON credit_tranches',
  'DROP FUNCTION credit_tranches_issue_shares()',
  'DROP TRIGGER credit_draws_apply ON credit_draws',
  'DROP FUNCTION credit_draws_apply()',
  'DROP TRIGGER credit_tranches_guard ON credit_tranches',
  'DROP FUNCTION credit_tranches_guard()',
  'DROP TRIGGER credit_lines_guard ON credit_lines',
  'DROP FUNCTION credit_lines_guard()',
  'DROP TRIGGER credit_lines_signed_only ON credit_lines',
  'DROP FUNCTION credit_lines_signed_only()',
  'DROP TRIGGER cap_buy_backs_append_only ON cap_buy_backs',
  'DROP TRIGGER cap_issuances_append_only ON cap_issuances',
  'DROP TRIGGER credit_draws_append_only ON credit_draws',
  'DROP FUNCTION equity_append_only()',
];
