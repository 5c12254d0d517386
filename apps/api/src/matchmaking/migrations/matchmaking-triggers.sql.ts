/**
 * What the database keeps about matchmaking on its own, whatever the code does (ADR 0018). Run by
 * the migration that creates the tables, UP then DOWN in reverse.
 * - Capacity: a resource's places taken are counted by match_capacity_used — accepted
 *   introductions whose acceptance falls in the current Shanghai quarter or month, or, for
 *   CONCURRENT, those accepted and not concluded yet. An introduction becomes ACCEPTED only under
 *   the resource's row lock and only while a place is left, so concurrent acceptances never take
 *   more places than the capacity. The service reads the same function for suggestions.
 * - An introduction moves PROPOSED → ACCEPTED | DECLINED, ACCEPTED → MET → CONCLUDED only; what was
 *   proposed (need, resource, startup, score, explanation) and an answer once given never change.
 * - A need serves a project of its own organisation; a resource never declares a conflict with
 *   its owner (the organisation, or the owner person's organisation); a resource keeps its owner.
 */
export const MATCHMAKING_TRIGGERS_UP: readonly string[] = [
  `CREATE FUNCTION match_period_start(period text, at timestamptz) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
     SELECT CASE period
       WHEN 'QUARTER' THEN date_trunc('quarter', at AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'
       WHEN 'MONTH' THEN date_trunc('month', at AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'
     END $$`,
  `CREATE FUNCTION match_period_end(period text, at timestamptz) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
     SELECT CASE period
       WHEN 'QUARTER' THEN (date_trunc('quarter', at AT TIME ZONE 'Asia/Shanghai') + interval '3 months') AT TIME ZONE 'Asia/Shanghai'
       WHEN 'MONTH' THEN (date_trunc('month', at AT TIME ZONE 'Asia/Shanghai') + interval '1 month') AT TIME ZONE 'Asia/Shanghai'
     END $$`,
  // VOLATILE (the default): each call sees what committed before it, which the trigger relies on after taking the lock.
  `CREATE FUNCTION match_capacity_used(resource uuid, at timestamptz) RETURNS integer LANGUAGE sql AS $$
     SELECT count(*)::int FROM introductions i JOIN match_resources r ON r.id = i.resource_id
      WHERE i.resource_id = resource AND CASE r.capacity_period
        WHEN 'CONCURRENT' THEN i.status IN ('ACCEPTED','MET')
        ELSE i.status IN ('ACCEPTED','MET','CONCLUDED')
             AND i.accepted_at >= match_period_start(r.capacity_period, at) AND i.accepted_at < match_period_end(r.capacity_period, at)
      END $$`,

  `CREATE FUNCTION introductions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE res record; used integer; need_org uuid;
   BEGIN
     IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'introductions are never deleted' USING ERRCODE = 'insufficient_privilege'; END IF;
     IF TG_OP = 'INSERT' THEN
       SELECT organisation_id INTO need_org FROM match_needs WHERE id = NEW.need_id;
       IF need_org IS DISTINCT FROM NEW.organisation_id THEN
         RAISE EXCEPTION 'introduction % names organisation % but its need is %''s', NEW.id, NEW.organisation_id, need_org USING ERRCODE = 'integrity_constraint_violation';
       END IF;
       IF NEW.status <> 'PROPOSED' OR NEW.startup_answer IS NOT NULL OR NEW.resource_answer IS NOT NULL THEN
         RAISE EXCEPTION 'an introduction starts PROPOSED and unanswered' USING ERRCODE = 'integrity_constraint_violation';
       END IF;
       RETURN NEW;
     END IF;
     IF (NEW.need_id, NEW.resource_id, NEW.organisation_id, NEW.choice, NEW.score, NEW.reasons, NEW.explanation_zh, NEW.explanation_en, NEW.proposed_by, NEW.proposed_at)
        IS DISTINCT FROM (OLD.need_id, OLD.resource_id, OLD.organisation_id, OLD.choice, OLD.score, OLD.reasons, OLD.explanation_zh, OLD.explanation_en, OLD.proposed_by, OLD.proposed_at) THEN
       RAISE EXCEPTION 'what introduction % proposed never changes', OLD.id USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     IF (OLD.startup_answer IS NOT NULL AND (NEW.startup_answer, NEW.startup_answered_by, NEW.startup_answered_at) IS DISTINCT FROM (OLD.startup_answer, OLD.startup_answered_by, OLD.startup_answered_at))
        OR (OLD.resource_answer IS NOT NULL AND (NEW.resource_answer, NEW.resource_answered_by, NEW.resource_answered_at) IS DISTINCT FROM (OLD.resource_answer, OLD.resource_answered_by, OLD.resource_answered_at)) THEN
       RAISE EXCEPTION 'an answer to introduction % is never changed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     IF NEW.status <> OLD.status AND (OLD.status, NEW.status) NOT IN (('PROPOSED','ACCEPTED'), ('PROPOSED','DECLINED'), ('ACCEPTED','MET'), ('MET','CONCLUDED')) THEN
       RAISE EXCEPTION 'introduction % does not move from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     IF NEW.status = 'ACCEPTED' AND OLD.status = 'PROPOSED' THEN
       IF NEW.startup_answer IS DISTINCT FROM 'ACCEPT' OR NEW.resource_answer IS DISTINCT FROM 'ACCEPT' THEN
         RAISE EXCEPTION 'introduction % is accepted only when both sides accepted', OLD.id USING ERRCODE = 'integrity_constraint_violation';
       END IF;
       -- The resource's row lock serialises acceptances that take its places.
       SELECT id, capacity INTO res FROM match_resources WHERE id = NEW.resource_id FOR UPDATE;
       used := match_capacity_used(NEW.resource_id, NEW.accepted_at);
       IF used >= res.capacity THEN
         RAISE EXCEPTION 'resource % is at capacity (% of % places taken)', NEW.resource_id, used, res.capacity USING ERRCODE = 'check_violation';
       END IF;
     END IF;
     IF NEW.status = 'DECLINED' AND OLD.status = 'PROPOSED' AND NEW.startup_answer IS DISTINCT FROM 'DECLINE' AND NEW.resource_answer IS DISTINCT FROM 'DECLINE' THEN
       RAISE EXCEPTION 'introduction % is declined only by a side''s answer', OLD.id USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER introductions_guard BEFORE INSERT OR UPDATE OR DELETE ON introductions FOR EACH ROW EXECUTE FUNCTION introductions_guard()`,

  `CREATE FUNCTION match_needs_own_project() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF NOT EXISTS (SELECT 1 FROM projects WHERE id = NEW.project_id AND organisation_id = NEW.organisation_id) THEN
       RAISE EXCEPTION 'project % is not organisation %''s', NEW.project_id, NEW.organisation_id USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER match_needs_own_project BEFORE INSERT OR UPDATE OF project_id, organisation_id ON match_needs FOR EACH ROW EXECUTE FUNCTION match_needs_own_project()`,

  `CREATE FUNCTION match_resource_conflicts_not_owner() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE owner_org uuid;
   BEGIN
     SELECT coalesce(r.owner_organisation_id, u.organisation_id) INTO owner_org
       FROM match_resources r LEFT JOIN users u ON u.id = r.owner_user_id WHERE r.id = NEW.resource_id;
     IF owner_org = NEW.organisation_id THEN
       RAISE EXCEPTION 'resource % cannot declare a conflict with its own owner', NEW.resource_id USING ERRCODE = 'check_violation';
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER match_resource_conflicts_not_owner BEFORE INSERT OR UPDATE ON match_resource_conflicts FOR EACH ROW EXECUTE FUNCTION match_resource_conflicts_not_owner()`,

  `CREATE FUNCTION match_resources_keep_owner() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF (NEW.owner_user_id, NEW.owner_organisation_id, NEW.kind) IS DISTINCT FROM (OLD.owner_user_id, OLD.owner_organisation_id, OLD.kind) THEN
       RAISE EXCEPTION 'resource % keeps its kind and owner', OLD.id USING ERRCODE = 'integrity_constraint_violation';
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER match_resources_keep_owner BEFORE UPDATE ON match_resources FOR EACH ROW EXECUTE FUNCTION match_resources_keep_owner()`,

  `INSERT INTO matchmaking_settings (id, reminder_days) VALUES (1, 3)`,
];

export const MATCHMAKING_TRIGGERS_DOWN: readonly string[] = [
  `DROP TRIGGER match_resources_keep_owner ON match_resources`,
  `DROP FUNCTION match_resources_keep_owner()`,
  `DROP TRIGGER match_resource_conflicts_not_owner ON match_resource_conflicts`,
  `DROP FUNCTION match_resource_conflicts_not_owner()`,
  `DROP TRIGGER match_needs_own_project ON match_needs`,
  `DROP FUNCTION match_needs_own_project()`,
  `DROP TRIGGER introductions_guard ON introductions`,
  `DROP FUNCTION introductions_guard()`,
  `DROP FUNCTION match_capacity_used(uuid, timestamptz)`,
  `DROP FUNCTION match_period_end(text, timestamptz)`,
  `DROP FUNCTION match_period_start(text, timestamptz)`,
];

const KINDS_BEFORE = `'TICKET_REPLY','TICKET_ASSIGNED','SLA_WARNING','SLA_BREACHED','VOUCHER_DECIDED','TERM_SHEET_PROPOSED','TERM_SHEET_SIGNED','INVOICE_ISSUED','ALLOCATION_STARTED','ALLOCATION_PREEMPTED'`;
const KINDS_AFTER = `${KINDS_BEFORE},'INTRODUCTION_PROPOSED','INTRODUCTION_REMINDER','INTRODUCTION_ANSWERED'`;

/** The notification centre learns matchmaking's kinds (TypeORM does not see a changed CHECK text, so this is by hand). */
export const NOTIFICATION_KINDS_UP: readonly string[] = [
  `ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`,
  `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${KINDS_AFTER}))`,
  `ALTER TABLE notification_preferences DROP CONSTRAINT notification_preferences_kind_check`,
  `ALTER TABLE notification_preferences ADD CONSTRAINT notification_preferences_kind_check CHECK (kind IN (${KINDS_AFTER}))`,
];

export const NOTIFICATION_KINDS_DOWN: readonly string[] = [
  `DELETE FROM notifications WHERE kind LIKE 'INTRODUCTION\\_%'`,
  `DELETE FROM notification_preferences WHERE kind LIKE 'INTRODUCTION\\_%'`,
  `ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`,
  `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${KINDS_BEFORE}))`,
  `ALTER TABLE notification_preferences DROP CONSTRAINT notification_preferences_kind_check`,
  `ALTER TABLE notification_preferences ADD CONSTRAINT notification_preferences_kind_check CHECK (kind IN (${KINDS_BEFORE}))`,
];
