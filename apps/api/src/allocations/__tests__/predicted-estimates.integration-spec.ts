import type { DataSource, EntityManager } from 'typeorm';
import { CardEntity, ClusterEntity, NodeEntity } from '../../compute/index.js';
import { actorFor, createUser, OrganisationFactory } from '../../../test/factories.js';
import { connectTestDataSource } from '../../../test/test-data-source.js';
import { ProjectEntity } from '../../projects/index.js';
import { AllocationRequestEntity } from '../entities/allocation-request.entity.js';
import { inlinePlanner, type Planner } from '../scheduler/schedule-planner.js';
import { runSchedulingPass } from '../scheduler/scheduling-pass.js';
import { schedule, type ScheduleInput } from '@suanli/allocation';
import { SchedulingSnapshotService } from '../services/scheduling-snapshot.service.js';

const HOUR_MS = 3_600_000;
const LIMIT_S = 10 * 3600;

/** The same pass without the organisations' histories: what the limits alone estimate. */
const limitsOnly: Planner = (input) => inlinePlanner({ ...input, history: [] });

class RollBack extends Error {}

/**
 * Estimates shown book run times predicted from each organisation's finished runs; decisions
 * (what starts, the queue positions) still plan with the time limits.
 */
describe('estimates from run-time predictions, against PostgreSQL', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
  });

  afterAll(() => dataSource.destroy());

  const founders = new Map<string, ReturnType<typeof actorFor>>();

  async function owner(label: string) {
    const org = await OrganisationFactory.on(dataSource).kind('STARTUP').create();
    const founder = actorFor(await createUser(dataSource, 'FOUNDER', org.id));
    founders.set(org.id, founder);
    const project = await dataSource.getRepository(ProjectEntity).save({
      organisationId: org.id, name: `predicted ${label} ${Date.now()}`, summary: '', stage: 'INCUBATING', cooperationModes: ['RENTAL'],
    });
    return { organisationId: org.id, projectId: project.id, requestedById: founder.id };
  }

  async function node(clusterId: string, cardType: string) {
    const saved = await dataSource.getRepository(NodeEntity).save({ clusterId, name: `n-${cardType}`, cardType, cardsPerNode: 8, domainSize: 8, drainReason: null });
    await dataSource.getRepository(CardEntity).save(Array.from({ length: 8 }, (_, index) => ({ nodeId: saved.id, index, domainIndex: 0, memoryGb: 64, health: 'HEALTHY' as const })));
  }

  it('gives an earlier start behind a running job when the organisation’s similar jobs ended far before their limit', async () => {
    const cluster = await dataSource.getRepository(ClusterEntity).save({ name: `predicted cluster ${Date.now()}` });
    await node(cluster.id, 'Test A');
    await node(cluster.id, 'Test B');
    const quick = await owner('quick');
    const stopped = await owner('stopped');
    const repo = dataSource.getRepository(AllocationRequestEntity);
    const now = new Date();
    const t0 = new Date(now.getTime() - 10 * 60_000);
    const save = (who: typeof quick, cardType: string, fields: Partial<AllocationRequestEntity>) =>
      repo.save({ ...who, clusterId: cluster.id, cardType, cards: 8, durationS: LIMIT_S, priority: 'STANDARD' as const, preemptible: false, ...fields });
    const past = (who: typeof quick, cardType: string, state: 'FINISHED' | 'PREEMPTED' | 'CANCELLED', daysAgo: number, ranS: number) => {
      const startedAt = new Date(now.getTime() - daysAgo * 24 * HOUR_MS);
      return save(who, cardType, {
        state, createdAt: startedAt, startedAt, endsAt: new Date(startedAt.getTime() + LIMIT_S * 1000), finishedAt: new Date(startedAt.getTime() + ranS * 1000),
      });
    };
    // "quick" asked for 10 hours twice and was done in one; "stopped" was cut short twice, which
    // says nothing about how long its work takes.
    await past(quick, 'Test A', 'FINISHED', 3, 3600);
    await past(quick, 'Test A', 'FINISHED', 2, 3600);
    await past(stopped, 'Test B', 'PREEMPTED', 3, 600);
    await past(stopped, 'Test B', 'CANCELLED', 2, 600);

    // Each fills its node (started ten minutes ago) and queues the same again behind it.
    const runningA = await save(quick, 'Test A', { state: 'QUEUED', createdAt: new Date(t0.getTime() - 60_000) });
    const runningB = await save(stopped, 'Test B', { state: 'QUEUED', createdAt: new Date(t0.getTime() - 60_000) });
    await dataSource.transaction((manager) => runSchedulingPass(manager, cluster.id, t0));
    const queuedA = await save(quick, 'Test A', { state: 'QUEUED', createdAt: new Date(t0.getTime() + 60_000) });
    const queuedB = await save(stopped, 'Test B', { state: 'QUEUED', createdAt: new Date(t0.getTime() + 60_000) });

    const rowsOf = async (manager: EntityManager) => new Map((await manager.getRepository(AllocationRequestEntity).findBy({ clusterId: cluster.id })).map((r) => [r.id, r]));
    let byLimits = new Map<string, AllocationRequestEntity>();
    await dataSource
      .transaction(async (manager) => {
        await runSchedulingPass(manager, cluster.id, now, limitsOnly);
        byLimits = await rowsOf(manager);
        throw new RollBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RollBack)) throw error;
      });
    const outcome = await dataSource.transaction((manager) => runSchedulingPass(manager, cluster.id, now));
    const predicted = await rowsOf(dataSource.manager);

    const limitEnd = t0.getTime() + LIMIT_S * 1000;
    expect(byLimits.get(queuedA.id)!.estimatedStartAt!.getTime()).toBe(limitEnd);
    // Its running job is predicted to end an hour after its start (the mean of the two runs).
    expect(predicted.get(queuedA.id)!.estimatedStartAt!.getTime()).toBe(t0.getTime() + 3600 * 1000);
    // Preempted and cancelled runs are no history: the limit stands.
    expect(byLimits.get(queuedB.id)!.estimatedStartAt!.getTime()).toBe(limitEnd);
    expect(predicted.get(queuedB.id)!.estimatedStartAt!.getTime()).toBe(limitEnd);

    // Decisions are the limits' ones: nothing started, same states, positions and running ends.
    expect(outcome.started).toEqual([]);
    for (const id of [runningA.id, runningB.id, queuedA.id, queuedB.id]) {
      const [a, b] = [byLimits.get(id)!, predicted.get(id)!];
      expect({ state: b.state, position: b.queuePosition, endsAt: b.endsAt?.getTime() }).toEqual({ state: a.state, position: a.queuePosition, endsAt: a.endsAt?.getTime() });
    }
    expect(predicted.get(runningA.id)!.state).toBe('RUNNING');
    expect(predicted.get(queuedA.id)!.queuePosition).toBe(1);
    expect(predicted.get(queuedB.id)!.queuePosition).toBe(1);

    // The what-if preview's snapshot carries the same predictions, so the browser's schedule()
    // estimates what the queue shows; the founder gets their own history and nobody else's.
    const snapshot = await new SchedulingSnapshotService(dataSource).snapshot(founders.get(quick.organisationId)!, cluster.id);
    const parsed = JSON.parse(snapshot.input) as ScheduleInput & { ownRuns: { cards: number; limitS: number; runS: number }[] };
    expect(snapshot.ownOrganisationKey).toBe(quick.organisationId);
    expect(parsed.ownRuns).toEqual([
      { cards: 8, limitS: LIMIT_S, runS: 3600 },
      { cards: 8, limitS: LIMIT_S, runS: 3600 },
    ]);
    // Two finished runs on the cluster: too few for a population median (eight).
    expect((parsed as { populationFraction?: number | null }).populationFraction).toBeNull();
    const mineRunning = parsed.running.find((r) => r.requestId === runningA.id)!;
    expect(mineRunning.predictedEndS).toBe(t0.getTime() / 1000 + 3600);
    const theirs = parsed.running.filter((r) => r.orgId !== quick.organisationId);
    expect(theirs.length).toBe(1);
    expect(theirs[0]!.requestId).not.toBe(runningB.id);
    expect(theirs[0]!.predictedEndS ?? null).toBeNull();
    const preview = schedule(parsed).waiting.find((w) => w.requestId === queuedA.id)!;
    expect(preview.estimatedStartS! * 1000).toBe(predicted.get(queuedA.id)!.estimatedStartAt!.getTime());
  });
});
