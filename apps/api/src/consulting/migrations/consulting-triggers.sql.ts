import { TICKET_CATEGORIES, TICKET_TRANSITIONS } from '../ticket-rules.js';

const allowed = TICKET_TRANSITIONS.map(([from, to]) => `('${from}','${to}')`).join(', ');

/**
 * The database's own guard of the ticket lifecycle: whatever the code does, a status moves only
 * along TICKET_TRANSITIONS; the status history and escalations are append-only.
 */
export const CONSULTING_TRIGGERS_UP: readonly string[] = [
  `CREATE FUNCTION tickets_status_transition() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF NEW.status IS DISTINCT FROM OLD.status AND (OLD.status, NEW.status) NOT IN (${allowed}) THEN
       RAISE EXCEPTION 'a ticket does not move from % to %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
     END IF;
     RETURN NEW;
   END $$`,
  'CREATE TRIGGER tickets_status_transition BEFORE UPDATE OF status ON tickets FOR EACH ROW EXECUTE FUNCTION tickets_status_transition()',
  `CREATE FUNCTION consulting_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'integrity_constraint_violation';
   END $$`,
  'CREATE TRIGGER ticket_status_history_append_only BEFORE UPDATE OR DELETE ON ticket_status_history FOR EACH ROW EXECUTE FUNCTION consulting_append_only()',
  'CREATE TRIGGER ticket_escalations_append_only BEFORE UPDATE OR DELETE ON ticket_escalations FOR EACH ROW EXECUTE FUNCTION consulting_append_only()',
  'INSERT INTO consulting_settings (id, reopen_days) VALUES (1, 7)',
  // Starting targets (business minutes; a business day is 540): managers change them with setSlaPolicy.
  `INSERT INTO sla_policies (category, priority, first_response_minutes, resolution_minutes)
   SELECT c.category, p.priority, p.first_response, p.resolution
     FROM (VALUES ${TICKET_CATEGORIES.map((c) => `('${c}')`).join(', ')}) AS c(category)
     CROSS JOIN (VALUES ('URGENT', 60, 540), ('HIGH', 120, 1080), ('NORMAL', 240, 2160), ('LOW', 540, 4320)) AS p(priority, first_response, resolution)`,
];

export const CONSULTING_TRIGGERS_DOWN: readonly string[] = [
  'DROP TRIGGER ticket_escalations_append_only ON ticket_escalations',
  'DROP TRIGGER ticket_status_history_append_only ON ticket_status_history',
  'DROP FUNCTION consulting_append_only()',
  'DROP TRIGGER tickets_status_transition ON tickets',
  'DROP FUNCTION tickets_status_transition()',
];
