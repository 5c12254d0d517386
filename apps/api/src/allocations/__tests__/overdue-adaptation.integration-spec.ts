import type { DataSource } from 'typeorm';
import { CardEntity, ClusterEntity, NodeEntity } from '../../compute/index.js';
import { actorFor, createUser, OrganisationFactory } from '../../../test/factories.js';
import { connectTestDataSource } from '../../../test/test-data-source.js';
import { AdaptationEntity, ProjectEntity } from '../../projects/index.js';
import { AllocationRequestEntity } from '../entities/allocation-request.entity.js';
import { runSchedulingPass } from '../scheduler/scheduling-pass.js';

const DAY_MS = 86_400_000;

/** An adaptation past its promised two weeks leads the ADAPTATION class; one within them does not. */
describe('overdue adaptation work in the queue', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
  });

  afterAll(() => dataSource.destroy());

  async function adaptingProject(startedDaysAgo: number) {
    const org = await OrganisationFactory.on(dataSource).kind('STARTUP').create();
    const founder = actorFor(await createUser(dataSource, 'FOUNDER', org.id));
    const project = await dataSource.getRepository(ProjectEntity).save({
      organisationId: org.id, name: `adapting ${startedDaysAgo} ${Date.now()}`, summary: '', stage: 'ADAPTATION', cooperationModes: ['RENTAL'],
    });
    const startedAt = new Date(Date.now() - startedDaysAgo * DAY_MS);
    await dataSource.getRepository(AdaptationEntity).save({ projectId: project.id, startedAt, dueAt: new Date(startedAt.getTime() + 14 * DAY_MS), completedItems: [] });
    return { organisationId: org.id, projectId: project.id, requestedById: founder.id };
  }

  it('puts the overdue project’s request first among adaptation work, though it came last', async () => {
    const cluster = await dataSource.getRepository(ClusterEntity).save({ name: `overdue cluster ${Date.now()}` });
    const node = await dataSource.getRepository(NodeEntity).save({ clusterId: cluster.id, name: 'n-001', cardType: 'Test 8', cardsPerNode: 8, domainSize: 8, drainReason: null });
    await dataSource.getRepository(CardEntity).save(Array.from({ length: 8 }, (_, index) => ({ nodeId: node.id, index, domainIndex: 0, memoryGb: 64, health: 'HEALTHY' as const })));
    const onTime = await adaptingProject(3);
    const overdue = await adaptingProject(20);
    const save = (owner: typeof onTime, cards: number, minutesAgo: number) =>
      dataSource.getRepository(AllocationRequestEntity).save({
        ...owner, clusterId: cluster.id, cardType: 'Test 8', cards, durationS: 3600, priority: 'ADAPTATION', preemptible: false, state: 'QUEUED',
        createdAt: new Date(Date.now() - minutesAgo * 60_000),
      });
    // The node is busy with the overdue project's own work (so by fair share and by submit time
    // the on-time project would come first); then both ask for more.
    const filler = await save(overdue, 8, 30);
    await dataSource.transaction((manager) => runSchedulingPass(manager, cluster.id, new Date()));
    const early = await save(onTime, 4, 20);
    const late = await save(overdue, 4, 5);
    await dataSource.transaction((manager) => runSchedulingPass(manager, cluster.id, new Date()));

    const rows = await dataSource.getRepository(AllocationRequestEntity).findBy({ clusterId: cluster.id });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(filler.id)!.state).toBe('RUNNING');
    expect(byId.get(late.id)!.queuePosition).toBe(1);
    expect(byId.get(early.id)!.queuePosition).toBe(2);
  });
});
