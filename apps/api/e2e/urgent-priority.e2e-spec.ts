import { LOAD_TEST_LIMITS } from '../test/api-server.js';
import type { GraphQLClient } from '../test/graphql-client.js';
import { useApi } from '../test/use-api.js';
import {
  allRequests, APPROVE, BUDGET, CANCEL, CREATE, DECLINE, eventually, GET, openRequests, organisationIdOf, SET_SCHEDULING, sleep,
} from '../test/allocation-operations.js';
import { Scenario, STAFF } from '../test/scenario.js';
import type { CreateAllocationRequestInput } from '../test/gql/graphql.js';
import { AllocationWaitReason, FinishAllocation as FINISH, UrgentRequestsAwaitingApproval } from '../test/operations/allocation.operations.js';
import { MyNotifications } from '../test/operations/notifications.operations.js';

/**
 * Issue 9 §6, priorities and fairness, on a production-mode server: a founder's URGENT request
 * takes effect only once a manager approves it or within the organisation's urgent budget; the
 * notices a preemptor caused go when it does; preemption happens only while still needed; and
 * one organisation cannot open requests without bound.
 */
// Long enough that a slow CI machine acts well within it, short enough to watch it run out.
const NOTICE_S = 10;

describe('priorities and fairness (production mode)', () => {
  // Short notices and frequent passes, so a notice running out can be watched; the default cap of 50.
  // The cap test opens more requests than a person's mutation rate allows: the cap is what it proves.
  const server = useApi({ production: true, env: { ...LOAD_TEST_LIMITS, PREEMPTION_NOTICE_S: String(NOTICE_S), SCHEDULER_INTERVAL_MS: '300' } });
  let manager: GraphQLClient;
  // Four tenants of the spec's own, named for their part; each has one incubating project.
  let attacker: GraphQLClient;
  let huaxi: GraphQLClient;
  let jinjiang: GraphQLClient;
  let tianfu: GraphQLClient;
  let attackerProject: string;
  let tianfuProject: string;
  let huaxiProject: string;
  let clusterId: string;
  let victimIds: string[] = [];
  const victimOwner = new Map<string, GraphQLClient>();

  const create = async (client: GraphQLClient, input: Record<string, unknown>) =>
    (await client.request(CREATE, { input: { clusterId, cardType: 'Ascend 310P', durationS: 3600, priority: 'STANDARD', preemptible: false, ...input } as CreateAllocationRequestInput })).data!
      .createAllocationRequest;
  const get = async (client: GraphQLClient, id: string) => (await client.request(GET, { id })).data!.allocationRequest!;
  const victims = () => Promise.all(victimIds.map((id) => get(victimOwner.get(id)!, id)));

  beforeAll(async () => {
    const { anonymous } = server();
    manager = await anonymous.signIn(STAFF.manager);
    const scenario = await Scenario.start(anonymous);
    // The spec's own cluster: 64 Ascend 310P cards in 8 nodes, and 8 Ascend 910B.
    clusterId = (await scenario.cluster([{ cardType: 'Ascend 310P', count: 8 }, { cardType: 'Ascend 910B', count: 1 }])).id;
    const tenants = [];
    for (const label of ['攻击方', '华西', '锦江', '天府']) {
      const tenant = await scenario.tenant({ label });
      tenants.push({ client: tenant.founder, project: (await scenario.project(tenant, 'INCUBATING')).id });
    }
    [attacker, huaxi, jinjiang, tianfu] = tenants.map((t) => t.client);
    [attackerProject, huaxiProject, , tianfuProject] = tenants.map((t) => t.project);
    // Eight preemptible 8-card jobs of two other tenants fill the 64 Ascend 310P cards.
    const projects = new Map(tenants.slice(1, 3).map((t) => [t.client, t.project]));
    for (const client of [huaxi, huaxi, huaxi, huaxi, jinjiang, jinjiang, jinjiang, jinjiang]) {
      const made = await create(client, { projectId: projects.get(client), cards: 8, durationS: 7200, preemptible: true });
      expect(made.userErrors).toEqual([]);
      victimIds.push(made.allocationRequest!.id);
      victimOwner.set(made.allocationRequest!.id, client);
    }
    const running = await eventually(victims, (all) => all.every((v) => v.state === 'RUNNING'));
    expect(running.map((v) => v.state)).toEqual(Array(8).fill('RUNNING'));
  }, 60_000);

  it('a founder’s 64-card URGENT request neither jumps the queue nor gives notice until approved; cancelling withdraws the notices and nobody is preempted', async () => {
    const earlier = await create(tianfu, { projectId: tianfuProject, cards: 8, durationS: 7200 });
    await eventually(() => get(tianfu, earlier.allocationRequest!.id), (r) => r.queuePosition !== null);

    const made = await create(attacker, { projectId: attackerProject, cards: 64, priority: 'URGENT', preemptible: false });
    expect(made.userErrors).toEqual([]);
    const urgentId = made.allocationRequest!.id as string;
    expect(made.allocationRequest!).toMatchObject({ requestedPriority: 'URGENT', priority: 'STANDARD', urgency: 'AWAITING_APPROVAL' });

    const waiting = await eventually(() => get(attacker, urgentId), (r) => r.queuePosition !== null);
    expect(waiting.queuePosition).toBe(2);
    expect(waiting.waitReason!.message).toMatch(/^urgent awaiting approval/);
    expect((await get(tianfu, earlier.allocationRequest!.id)).queuePosition).toBe(1);
    await sleep(1000); // a few more passes: still nobody under notice
    expect((await victims()).map((v) => v.preemptAt)).toEqual(Array(8).fill(null));
    const zh = (await attacker.request(AllocationWaitReason, { id: urgentId })).data!;
    expect(zh.allocationRequest!.waitReason!.message).toMatch(/^加急待审批/);

    // The founder cannot approve its own urgency: refused, and nothing changed.
    const selfApproval = await attacker.request(APPROVE, { id: urgentId });
    expect(selfApproval.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await get(attacker, urgentId)).toMatchObject({ priority: 'STANDARD', urgency: 'AWAITING_APPROVAL', urgencyDecidedAt: null });

    // The manager sees it waiting and approves: only now does it lead the queue and give notice.
    const awaiting = (await manager.request(UrgentRequestsAwaitingApproval, {})).data!.urgentRequestsAwaitingApproval;
    expect(awaiting.map((r: { id: string }) => r.id)).toContain(urgentId);
    const approved = (await manager.request(APPROVE, { id: urgentId })).data!.approveUrgentRequest;
    expect(approved.userErrors).toEqual([]);
    expect(approved.allocationRequest).toMatchObject({ priority: 'URGENT', urgency: 'APPROVED' });
    expect(approved.allocationRequest!.urgencyDecidedAt).not.toBeNull();
    const noticed = await eventually(victims, (all) => all.every((v) => v.preemptAt !== null));
    expect(noticed.filter((v) => v.preemptAt !== null)).toHaveLength(8);
    expect((await get(attacker, urgentId)).queuePosition).toBe(1);
    // Each victim's requester is told of the notice (ALLOCATION_PREEMPTED, in the pass's transaction); the preemptor is not.
    const preemptedNotices = async (client: GraphQLClient) =>
      (await client.request(MyNotifications, { first: 50 })).data!.notifications.edges
        .filter((e) => e.node.kind === 'ALLOCATION_PREEMPTED')
        .map((e) => e.node.params.find((p) => p.name === 'allocationId')!.value)
        .sort();
    for (const owner of [huaxi, jinjiang]) {
      expect(await preemptedNotices(owner)).toEqual(victimIds.filter((id) => victimOwner.get(id) === owner).sort());
    }
    expect(await preemptedNotices(attacker)).toEqual([]);

    // Cancelling the preemptor takes every notice back at once, and when the notice would have run out nobody stops.
    const cancelled = (await attacker.request(CANCEL, { id: urgentId })).data!.cancelAllocationRequest;
    expect(cancelled.allocationRequest!.state).toBe('CANCELLED');
    expect((await victims()).map((v) => v.preemptAt)).toEqual(Array(8).fill(null));
    await sleep((NOTICE_S + 2) * 1000);
    const after = await victims();
    expect(after.map((v) => [v.state, v.preemptAt])).toEqual(Array(8).fill(['RUNNING', null]));

    await tianfu.request(CANCEL, { id: earlier.allocationRequest!.id });
  }, 60_000);

  it('declining an approved urgency lowers the request and withdraws its notices', async () => {
    const made = await create(attacker, { projectId: attackerProject, cards: 8, priority: 'URGENT' });
    const id = made.allocationRequest!.id as string;
    await manager.request(APPROVE, { id });
    await eventually(victims, (all) => all.some((v) => v.preemptAt !== null));
    const declined = (await manager.request(DECLINE, { id })).data!.declineUrgentRequest;
    expect(declined.allocationRequest).toMatchObject({ priority: 'STANDARD', requestedPriority: 'URGENT', urgency: 'DECLINED' });
    expect((await victims()).map((v) => v.preemptAt)).toEqual(Array(8).fill(null));
    await sleep((NOTICE_S + 2) * 1000);
    expect((await victims()).map((v) => v.state)).toEqual(Array(8).fill('RUNNING'));
    // A decision on a request that no longer waits for one is a user error, and changes nothing.
    await attacker.request(CANCEL, { id });
    const late = (await manager.request(APPROVE, { id })).data!.approveUrgentRequest;
    expect(late.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_AWAITING_URGENCY_DECISION']);
    expect(await get(attacker, id)).toMatchObject({ state: 'CANCELLED', urgency: 'DECLINED' });
  }, 60_000);

  it('a notice that runs out preempts only while the preemptor still needs the cards', async () => {
    // Staff's URGENT takes effect at once and gives one victim notice.
    const staffProject = attackerProject;
    const first = await create(manager, { projectId: staffProject, cards: 8, priority: 'URGENT' });
    expect(first.allocationRequest).toMatchObject({ priority: 'URGENT', urgency: 'STAFF' });
    const noticedOnce = await eventually(victims, (all) => all.some((v) => v.preemptAt !== null));
    const victim = noticedOnce.find((v) => v.preemptAt !== null)!;
    // Another victim's holder finishes early: the urgent request starts on those cards instead.
    const other = noticedOnce.find((v) => v.preemptAt === null)!;
    await victimOwner.get(other.id)!.request(FINISH, { id: other.id });
    const started = await eventually(() => get(manager, first.allocationRequest!.id), (r) => r.state === 'RUNNING');
    expect(started.state).toBe('RUNNING');
    await sleep((NOTICE_S + 2) * 1000);
    expect(await get(victimOwner.get(victim.id)!, victim.id)).toMatchObject({ state: 'RUNNING', preemptAt: null });
    victimIds = victimIds.filter((id) => id !== other.id);

    // Still needed when the notice runs out: that victim is preempted and the urgent request starts.
    const second = await create(manager, { projectId: staffProject, cards: 8, priority: 'URGENT' });
    const target = (await eventually(victims, (all) => all.some((v) => v.preemptAt !== null))).find((v) => v.preemptAt !== null)!;
    const ended = await eventually(() => get(victimOwner.get(target.id)!, target.id), (v) => v.state !== 'RUNNING', (NOTICE_S + 10) * 1000);
    expect(ended).toMatchObject({ state: 'PREEMPTED', endReason: 'PREEMPTED' });
    expect((await eventually(() => get(manager, second.allocationRequest!.id), (r) => r.state === 'RUNNING')).state).toBe('RUNNING');
    victimIds = victimIds.filter((id) => id !== target.id);
    for (const id of [first.allocationRequest!.id, second.allocationRequest!.id]) await manager.request(CANCEL, { id });
  }, 90_000);

  it('an URGENT request takes effect within the organisation’s urgent budget, and over budget awaits approval', async () => {
    const organisationId = await organisationIdOf(attacker);
    const before = (await attacker.request(BUDGET, {})).data!.urgentBudget;
    expect(before).toMatchObject({ cardHoursPerMonth: 0, usedCardHours: 0, remainingCardHours: 0 });
    // With no budget (the default) even a small urgent request waits for approval.
    const small = await create(attacker, { projectId: attackerProject, cards: 1, durationS: 600, priority: 'URGENT' });
    expect(small.allocationRequest).toMatchObject({ priority: 'STANDARD', urgency: 'AWAITING_APPROVAL' });
    await attacker.request(CANCEL, { id: small.allocationRequest!.id });

    const set = await manager.request(SET_SCHEDULING, { input: { organisationId, weight: 1, urgentCardHoursPerMonth: 100 } });
    expect(set.data!.setOrganisationScheduling.organisationScheduling).toMatchObject({ urgentCardHoursPerMonth: 100, urgentCardHoursUsed: 0 });
    // The founder cannot give itself a budget.
    const selfBudget = await attacker.request(SET_SCHEDULING, { input: { organisationId, weight: 1, urgentCardHoursPerMonth: 100_000 } });
    expect(selfBudget.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const within = await create(attacker, { projectId: attackerProject, cards: 8, durationS: 10 * 3600, priority: 'URGENT' }); // 80 card-hours
    expect(within.allocationRequest).toMatchObject({ priority: 'URGENT', requestedPriority: 'URGENT', urgency: 'BUDGET' });
    expect((await attacker.request(BUDGET, {})).data!.urgentBudget).toMatchObject({ cardHoursPerMonth: 100, usedCardHours: 80, remainingCardHours: 20 });
    const over = await create(attacker, { projectId: attackerProject, cards: 8, durationS: 3 * 3600, priority: 'URGENT' }); // 24 > 20
    expect(over.allocationRequest).toMatchObject({ priority: 'STANDARD', requestedPriority: 'URGENT', urgency: 'AWAITING_APPROVAL' });
    expect((await attacker.request(BUDGET, {})).data!.urgentBudget).toMatchObject({ usedCardHours: 80, remainingCardHours: 20 });
    for (const id of [within.allocationRequest!.id, over.allocationRequest!.id]) await attacker.request(CANCEL, { id });
  }, 60_000);

  it('refuses requests over the cap of open requests per organisation with TOO_MANY_OPEN_REQUESTS, creating nothing', async () => {
    const project = tianfuProject;
    const open = await openRequests(tianfu);
    const room = 50 - open;
    expect(room).toBeGreaterThan(0);
    const answers = await Promise.all(
      Array.from({ length: room + 15 }, () => create(tianfu, { projectId: project, cards: 1, cardType: 'Ascend 910B', durationS: 600 })),
    );
    const accepted = answers.filter((a) => a.allocationRequest);
    const refused = answers.filter((a) => !a.allocationRequest);
    expect(accepted).toHaveLength(room);
    expect(refused.map((a) => a.userErrors[0]?.code)).toEqual(Array(15).fill('TOO_MANY_OPEN_REQUESTS'));
    expect(await openRequests(tianfu)).toBe(50);

    const total = await allRequests(tianfu);
    const again = await create(tianfu, { projectId: project, cards: 1, cardType: 'Ascend 910B', durationS: 600 });
    expect(again.userErrors.map((e: { code: string }) => e.code)).toEqual(['TOO_MANY_OPEN_REQUESTS']);
    expect(await allRequests(tianfu)).toBe(total);
    // The cap is per organisation: another tenant still may request.
    const elsewhere = await create(huaxi, { projectId: huaxiProject, cards: 1, cardType: 'Ascend 910B', durationS: 600 });
    expect(elsewhere.userErrors).toEqual([]);
    await huaxi.request(CANCEL, { id: elsewhere.allocationRequest!.id });

    // A manager's per-organisation override raises it; a cancel frees a place.
    const organisationId = await organisationIdOf(tianfu);
    const raised = await manager.request(SET_SCHEDULING, { input: { organisationId, weight: 1, maxOpenRequests: 51 } });
    expect(raised.data!.setOrganisationScheduling.organisationScheduling).toMatchObject({ maxOpenRequests: 51, openRequestLimit: 51 });
    expect((await create(tianfu, { projectId: project, cards: 1, cardType: 'Ascend 910B', durationS: 600 })).userErrors).toEqual([]);
    expect((await create(tianfu, { projectId: project, cards: 1, cardType: 'Ascend 910B', durationS: 600 })).userErrors[0].code).toBe('TOO_MANY_OPEN_REQUESTS');
    await tianfu.request(CANCEL, { id: accepted[0].allocationRequest!.id });
    expect((await create(tianfu, { projectId: project, cards: 1, cardType: 'Ascend 910B', durationS: 600 })).userErrors).toEqual([]);
  }, 90_000);
});
