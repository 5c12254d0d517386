import pg from 'pg';
import { LOAD_TEST_LIMITS, startApi, type RunningApi } from '../test/api-server.js';
import { GraphQLClient } from '../test/graphql-client.js';
import { AnswerIntroduction, CreateMatchResource, MatchResourceById, PostMatchNeed, ProposeIntroduction } from '../test/operations/matchmaking.operations.js';
import { Scenario, SCENARIO_PASSWORD } from '../test/scenario.js';
import { createTestDatabase } from '../test/test-database.js';

/**
 * A resource's capacity holds when its owner accepts many introductions at once through two API
 * processes on one real PostgreSQL: the acceptance trigger takes the resource's row lock and
 * refuses every acceptance past the places, whatever the services saw. Needs a real PostgreSQL
 * (the embedded one serves one process).
 */
const onRealPostgres = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL) console.warn('matchmaking-races: not run — set DATABASE_URL to a real PostgreSQL (CI does)');

const tags = { industries: ['manufacturing'], technologies: ['computer-vision'], stages: [], regions: [] };

onRealPostgres('matchmaking capacity under concurrent acceptances from two API processes', () => {
  let database: { url: string; drop(): Promise<void> };
  const processes: RunningApi[] = [];
  let sql: pg.Client;
  let scenario: Scenario;
  let manager: GraphQLClient;

  beforeAll(async () => {
    database = (await createTestDatabase('suanli_matchmaking_races'))!;
    processes.push(await startApi({ databaseUrl: database.url, production: true, env: LOAD_TEST_LIMITS }));
    processes.push(await startApi({ databaseUrl: database.url, production: true, env: { ...LOAD_TEST_LIMITS, SUANLI_SEED: 'false' } }));
    scenario = await Scenario.start(new GraphQLClient(processes[0]!.url, null, processes[0]!.demoPassword));
    manager = (await scenario.staffMember('MANAGER')).client;
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  }, 240_000);

  afterAll(async () => {
    await sql?.end();
    for (const api of processes) await api.stop();
    await database?.drop();
  });

  it.each([['CONCURRENT', 2], ['QUARTER', 3]] as const)('never accepts more introductions than a %s capacity of %i', async (capacityPeriod, capacity) => {
    const partner = await scenario.tenant({ kind: 'LARGE_ENTERPRISE' });
    const startup = await scenario.tenant();
    const projectId = (await scenario.project(startup, 'INCUBATING')).id;
    const resource = (await manager.request(CreateMatchResource, {
      input: { kind: 'CUSTOMER', name: `并发客户 ${capacityPeriod}`, description: '', ownerOrganisationId: partner.organisationId, capacity, capacityPeriod, available: true, tags, conflicts: [] },
    })).data!.createMatchResource.resource!;
    const introductionIds: string[] = [];
    for (let i = 0; i < 10; i++) {
      const need = (await startup.founder.request(PostMatchNeed, { input: { projectId, kind: 'CUSTOMER', description: `第 ${i + 1} 个试点需求`, urgency: 'NORMAL', tags, competitorOrganisationIds: [] } }))
        .data!.postMatchNeed.need!;
      const intro = (await manager.request(ProposeIntroduction, { input: { needId: need.id, resourceId: resource.id } })).data!.proposeIntroduction;
      expect(intro.userErrors).toEqual([]);
      introductionIds.push(intro.introduction!.id);
      expect((await startup.founder.request(AnswerIntroduction, { input: { introductionId: intro.introduction!.id, side: 'STARTUP', answer: 'ACCEPT' } })).data!.answerIntroduction.userErrors).toEqual([]);
    }
    // The partner's founder, signed in on both processes, accepts all ten at once.
    const owners = await Promise.all(processes.map((api) => new GraphQLClient(api.url, null, api.demoPassword).signIn(partner.founderEmail, SCENARIO_PASSWORD)));
    const answers = await Promise.all(introductionIds.map((introductionId, i) =>
      owners[i % owners.length]!.request(AnswerIntroduction, { input: { introductionId, side: 'RESOURCE', answer: 'ACCEPT' } })));
    const outcomes = answers.map((a) => a.data?.answerIntroduction.introduction?.status ?? a.data?.answerIntroduction.userErrors.map((e) => e.code).join() ?? JSON.stringify(a.errors));
    expect(outcomes.filter((o) => o === 'ACCEPTED')).toHaveLength(capacity);
    expect(outcomes.filter((o) => o === 'RESOURCE_AT_CAPACITY')).toHaveLength(10 - capacity);

    const rows: { status: string; n: number }[] = (await sql.query('SELECT status, count(*)::int AS n FROM introductions WHERE resource_id = $1 GROUP BY status ORDER BY status', [resource.id])).rows;
    expect(rows).toEqual([{ status: 'ACCEPTED', n: capacity }, { status: 'PROPOSED', n: 10 - capacity }]);
    // The refused ones changed nothing: still waiting for the resource side.
    const refused: { n: number }[] = (await sql.query(`SELECT count(*)::int AS n FROM introductions WHERE resource_id = $1 AND status = 'PROPOSED' AND resource_answer IS NULL`, [resource.id])).rows;
    expect(refused[0]!.n).toBe(10 - capacity);
    expect((await manager.request(MatchResourceById, { id: resource.id })).data!.matchResource!.capacityUse).toMatchObject({ capacity, taken: capacity, left: 0 });
  });
});
