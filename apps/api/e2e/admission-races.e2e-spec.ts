import pg from 'pg';
import { LOAD_TEST_LIMITS, startApi, type RunningApi } from '../test/api-server.js';
import { GraphQLClient } from '../test/graphql-client.js';
import { createTestDatabase } from '../test/test-database.js';
import { BUDGET, CREATE, openRequests, SET_SCHEDULING } from '../test/allocation-operations.js';
import { Scenario, SCENARIO_PASSWORD, STAFF, type Tenant } from '../test/scenario.js';
import type { CreateAllocationRequestInput } from '../test/gql/graphql.js';

/**
 * The urgent budget and the cap on open requests hold when requests race through two API
 * processes on one real PostgreSQL: both are counted and the request inserted under one
 * per-organisation lock in the database, so no two requests take the same last place.
 * Needs a real PostgreSQL (the embedded one serves a single process by design).
 */
const onRealPostgres = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL) console.warn('admission-races: not run — set DATABASE_URL to a real PostgreSQL (CI does)');

onRealPostgres('urgent budget and open-request cap under concurrent requests from two API processes', () => {
  let database: { url: string; drop(): Promise<void> };
  const processes: RunningApi[] = [];
  let managers: GraphQLClient[] = [];
  let founders: GraphQLClient[] = [];

  let scenario: Scenario;
  let clusterId: string;

  const signInOn = (api: RunningApi, email: string, password?: string) => new GraphQLClient(api.url, null, api.demoPassword).signIn(email, password);
  /** A tenant of the spec's own with an incubating project, built on the first process. */
  const tenantWithProject = async () => {
    const tenant = await scenario.tenant();
    return { tenant, projectId: (await scenario.project(tenant, 'INCUBATING')).id };
  };

  beforeAll(async () => {
    database = (await createTestDatabase('suanli_admission'))!;
    // Dozens of parallel creates from one founder: the race is the point, not the per-caller limits.
    const env = { SCHEDULER_INTERVAL_MS: '500', ...LOAD_TEST_LIMITS };
    processes.push(await startApi({ databaseUrl: database.url, production: true, env }));
    processes.push(await startApi({ databaseUrl: database.url, production: true, env: { ...env, SUANLI_SEED: 'false' } }));
    scenario = await Scenario.start(new GraphQLClient(processes[0]!.url, null, processes[0]!.demoPassword));
    clusterId = (await scenario.cluster([{ cardType: 'Ascend 310P', count: 8 }])).id;
  }, 180_000);

  afterAll(async () => {
    for (const api of processes) await api.stop();
    await database?.drop();
  });

  /** The same request fired `count` times, alternating between the two processes, all at once. */
  const storm = async (tenant: Tenant, count: number, input: Omit<CreateAllocationRequestInput, 'cardType' | 'clusterId'>) => {
    founders = await Promise.all(processes.map((api) => signInOn(api, tenant.founderEmail, SCENARIO_PASSWORD)));
    return Promise.all(
      Array.from({ length: count }, (_, i) =>
        founders[i % 2]!.request(CREATE, { input: { clusterId, cardType: 'Ascend 310P', preemptible: false, ...input } }).then(
          (r) => r.data!.createAllocationRequest,
        ),
      ),
    );
  };

  it('never lets concurrent URGENT requests use more than the organisation’s urgent card-hours', async () => {
    managers = await Promise.all(processes.map((api) => signInOn(api, STAFF.manager)));
    const { tenant, projectId } = await tenantWithProject();
    const { founder, organisationId } = tenant;
    await managers[1]!.request(SET_SCHEDULING, { input: { organisationId, weight: 1, urgentCardHoursPerMonth: 100 } });

    // 24 requests of 8 card-hours each (1 card × 8 h): 12 fit into 100 card-hours (96).
    const answers = await storm(tenant, 24, { projectId, cards: 1, durationS: 8 * 3600, priority: 'URGENT' });
    expect(answers.map((a) => a.userErrors)).toEqual(Array(24).fill([]));
    const urgencies = answers.map((a) => a.allocationRequest!.urgency as string);
    expect(urgencies.filter((u) => u === 'BUDGET')).toHaveLength(12);
    expect(urgencies.filter((u) => u === 'AWAITING_APPROVAL')).toHaveLength(12);
    for (const a of answers) expect(a.allocationRequest!.priority).toBe(a.allocationRequest!.urgency === 'BUDGET' ? 'URGENT' : 'STANDARD');
    expect((await founder.request(BUDGET, {})).data!.urgentBudget).toMatchObject({ usedCardHours: 96, remainingCardHours: 4 });

    // The database agrees: at most 100 card-hours took effect through the budget.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT coalesce(sum(cards * duration_s), 0) / 3600.0 AS hours FROM allocation_requests WHERE organisation_id = $1 AND urgency = 'BUDGET'`,
        [organisationId],
      );
      expect(Number(rows[0].hours)).toBe(96);
    } finally {
      await client.end();
    }
  }, 120_000);

  it('never lets concurrent requests open more than the organisation’s cap', async () => {
    const { tenant, projectId } = await tenantWithProject();
    const founder = await signInOn(processes[1]!, tenant.founderEmail, SCENARIO_PASSWORD);
    const { organisationId } = tenant;
    const open = await openRequests(founder);
    await managers[0]!.request(SET_SCHEDULING, { input: { organisationId, weight: 1, maxOpenRequests: open + 10 } });

    const answers = await storm(tenant, 40, { projectId, cards: 1, durationS: 600, priority: 'STANDARD' });
    const accepted = answers.filter((a) => a.allocationRequest);
    expect(accepted).toHaveLength(10);
    expect(answers.filter((a) => !a.allocationRequest).map((a) => a.userErrors[0]?.code)).toEqual(Array(30).fill('TOO_MANY_OPEN_REQUESTS'));
    expect(await openRequests(founder)).toBe(open + 10);
  }, 120_000);
});
