import type { DataSource } from 'typeorm';
import {
  ADAPTATION_CHECKLIST, ALLOCATION_STATES, CARD_HEALTH, MAX_DURATION_S, MAX_WEIGHT, MIN_DURATION_S, MIN_WEIGHT, PERSON_ROLES, PRIORITY_CLASSES, PROJECT_STAGES,
} from '@suanli/domain';
import { OrganisationFactory } from '../../test/factories.js';
import { connectTestDataSource } from '../../test/test-data-source.js';
import { ProjectEntity } from '../projects/index.js';

/**
 * The migrated database's CHECK constraints against the libs/domain constants they encode: a
 * stage, role or state added in code without a migration (or the reverse) fails here, not in
 * production when the first row with it is written.
 */
describe('CHECK constraints on the migrated database match libs/domain', () => {
  let dataSource: DataSource;
  let definitions: Map<string, string>;

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    const rows: { name: string; definition: string }[] = await dataSource.query(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace`,
    );
    definitions = new Map(rows.map((r) => [r.name, r.definition]));
  });

  afterAll(() => dataSource.destroy());

  const definition = (name: string): string => {
    const found = definitions.get(name);
    if (!found) throw new Error(`no CHECK constraint ${name} in the migrated database`);
    return found;
  };
  /** PostgreSQL prints `col IN ('A','B')` as `(col = ANY (ARRAY['A'::text, 'B'::text]))`: the literals, in order. */
  const literals = (name: string): string[] => [...definition(name).matchAll(/'((?:[^']|'')*)'::text/g)].map((m) => m[1]!.replace(/''/g, "'"));
  const numbers = (name: string): number[] => [...definition(name).matchAll(/[<>=]=?\s*\(?'?(-?\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));

  it.each([
    ['projects_stage_check', PROJECT_STAGES],
    ['users_role_check', PERSON_ROLES],
    ['invitations_role_check', PERSON_ROLES],
    ['alloc_state_check', ALLOCATION_STATES],
    ['alloc_priority_check', PRIORITY_CLASSES],
    ['alloc_requested_priority_check', PRIORITY_CLASSES],
    ['cards_health_check', CARD_HEALTH],
    ['adaptations_items_check', ADAPTATION_CHECKLIST],
  ] as const)('%s lists exactly the domain values', (name, values) => {
    expect(literals(name)).toEqual([...values]);
  });

  it('bounds the time limit by MIN/MAX_DURATION_S', () => {
    expect(numbers('alloc_duration_check')).toEqual([MIN_DURATION_S, MAX_DURATION_S]);
  });

  it('bounds the fair-share weight by MIN/MAX_WEIGHT', () => {
    expect(numbers('org_sched_weight_range_check')).toEqual([MIN_WEIGHT, MAX_WEIGHT]);
  });

  it('refuses a completed item that is not on the checklist, so its length counts "all done"', async () => {
    const org = await OrganisationFactory.on(dataSource).kind('STARTUP').create();
    const project = await dataSource.getRepository(ProjectEntity).save({
      organisationId: org.id, name: `checklist ${Date.now()}`, summary: '', stage: 'ADAPTATION', cooperationModes: ['RENTAL'],
    });
    const insert = (items: string[]) =>
      dataSource.query(`INSERT INTO adaptations (project_id, started_at, due_at, completed_items) VALUES ($1, now(), now() + interval '14 days', $2)`, [project.id, items]);
    await expect(insert(['OPERATORS_PORTED', 'NOT_AN_ITEM'])).rejects.toMatchObject({ code: '23514' });
    await insert([...ADAPTATION_CHECKLIST]);
  });
});
