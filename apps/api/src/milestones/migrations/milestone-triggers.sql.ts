/** "Every step is in the project's history": milestone_events is append-only, whatever the code does. */
export const MILESTONE_TRIGGERS_UP: readonly string[] = [
  `CREATE FUNCTION milestone_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'milestone_events is append-only (% refused)', TG_OP USING ERRCODE = 'integrity_constraint_violation';
   END $$`,
  `CREATE TRIGGER milestone_events_append_only BEFORE UPDATE OR DELETE ON milestone_events FOR EACH ROW EXECUTE FUNCTION milestone_events_append_only()`,
  `CREATE TRIGGER milestone_events_no_truncate BEFORE TRUNCATE ON milestone_events FOR EACH STATEMENT EXECUTE FUNCTION milestone_events_append_only()`,
];

export const MILESTONE_TRIGGERS_DOWN: readonly string[] = [
  'DROP TRIGGER milestone_events_no_truncate ON milestone_events',
  'DROP TRIGGER milestone_events_append_only ON milestone_events',
  'DROP FUNCTION milestone_events_append_only()',
];
