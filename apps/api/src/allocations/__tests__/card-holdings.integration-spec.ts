import type { DataSource } from 'typeorm';
import { CardEntity } from '../../compute/index.js';
import { ClusterEntity } from '../../compute/index.js';
import { NodeEntity } from '../../compute/index.js';
import { actorFor, createUser, OrganisationFactory } from '../../../test/factories.js';
import { connectTestDataSource } from '../../../test/test-data-source.js';
import { ProjectEntity } from '../../projects/index.js';
import { AllocationRequestEntity } from '../entities/allocation-request.entity.js';
import { runSchedulingPass } from '../scheduler/scheduling-pass.js';

/** The database itself refuses a card held twice; the scheduling pass writes whole plans or nothing. */
describe('card holdings against PostgreSQL', () => {
  let dataSource: DataSource;
  let clusterId: string;
  let cardIds: string[];
  let base: Pick<AllocationRequestEntity, 'organisationId' | 'projectId' | 'requestedById'>;

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    const org = await OrganisationFactory.on(dataSource).kind('STARTUP').create();
    const founder = actorFor(await createUser(dataSource, 'FOUNDER', org.id));
    const project = await dataSource.getRepository(ProjectEntity).save({
      organisationId: org.id, name: `holdings ${Date.now()}`, summary: '', stage: 'INCUBATING', cooperationModes: ['RENTAL'],
    });
    const cluster = await dataSource.getRepository(ClusterEntity).save({ name: `test cluster ${Date.now()}` });
    clusterId = cluster.id;
    const node = await dataSource.getRepository(NodeEntity).save({
      clusterId, name: 'n-001', cardType: 'Test 8', cardsPerNode: 8, domainSize: 8, drainReason: null,
    });
    const cards = await dataSource.getRepository(CardEntity).save(
      Array.from({ length: 8 }, (_, index) => ({ nodeId: node.id, index, domainIndex: 0, memoryGb: 64, health: 'HEALTHY' as const })),
    );
    cardIds = cards.map((c) => c.id);
    base = { organisationId: org.id, projectId: project.id, requestedById: founder.id };
  });

  afterAll(() => dataSource.destroy());

  const request = (cards: number, createdAt: Date) =>
    dataSource.getRepository(AllocationRequestEntity).save({
      ...base, clusterId, cardType: 'Test 8', cards, durationS: 3600, priority: 'STANDARD', preemptible: false, state: 'QUEUED', createdAt,
    });

  it('rejects an overlapping holding of the same card with an exclusion violation', async () => {
    const a = await request(1, new Date(Date.now() - 10_000));
    const b = await request(1, new Date(Date.now() - 9_000));
    await dataSource.query(`INSERT INTO card_holdings (allocation_id, card_id, during) VALUES ($1, $2, tstzrange(now() - interval '1 hour', NULL))`, [a.id, cardIds[7]]);
    await expect(
      dataSource.query(`INSERT INTO card_holdings (allocation_id, card_id, during) VALUES ($1, $2, tstzrange(now(), now() + interval '1 hour'))`, [b.id, cardIds[7]]),
    ).rejects.toMatchObject({ code: '23P01' });
    // Back to back is fine: ranges are half-open.
    await dataSource.query(`UPDATE card_holdings SET during = tstzrange(lower(during), now()) WHERE allocation_id = $1`, [a.id]);
    await dataSource.query(`INSERT INTO card_holdings (allocation_id, card_id, during) VALUES ($1, $2, tstzrange(now(), NULL))`, [b.id, cardIds[7]]);
    await dataSource.query(`DELETE FROM card_holdings WHERE allocation_id = ANY($1::uuid[])`, [[a.id, b.id]]);
    await dataSource.query(`UPDATE allocation_requests SET state = 'CANCELLED', finished_at = now() WHERE id = ANY($1::uuid[])`, [[a.id, b.id]]);
  });

  it('starts what fits on distinct cards, queues the rest with a position and a reason', async () => {
    const first = await request(4, new Date(Date.now() - 5_000));
    const second = await request(4, new Date(Date.now() - 4_000));
    const third = await request(4, new Date(Date.now() - 3_000));
    const outcome = await dataSource.transaction((manager) => runSchedulingPass(manager, clusterId, new Date()));
    expect(outcome.started.sort()).toEqual([first.id, second.id].sort());
    const rows = await dataSource.getRepository(AllocationRequestEntity).findBy({ clusterId, state: 'QUEUED' });
    expect(rows.map((r) => [r.id, r.queuePosition, r.waitReason?.code])).toEqual([[third.id, 1, 'NO_DOMAIN_FREE']]);
    const held: { card_id: string }[] = await dataSource.query(
      `SELECT card_id FROM card_holdings WHERE allocation_id = ANY($1::uuid[]) AND upper_inf(during)`, [[first.id, second.id]],
    );
    expect(new Set(held.map((h) => h.card_id)).size).toBe(8);
  });

  it('rolls the whole pass back when a holding conflicts', async () => {
    // Sabotage: end the running work, then plant open holdings on every card that no RUNNING
    // request owns, so the scheduler believes the node is free and any placement collides.
    await dataSource.query(
      `UPDATE card_holdings SET during = tstzrange(lower(during), now()) WHERE upper_inf(during)
         AND allocation_id IN (SELECT id FROM allocation_requests WHERE cluster_id = $1)`, [clusterId]);
    await dataSource.query(`UPDATE allocation_requests SET state = 'FINISHED', finished_at = now() WHERE cluster_id = $1 AND state = 'RUNNING'`, [clusterId]);
    const ghost = await request(8, new Date());
    await dataSource.query(`UPDATE allocation_requests SET state = 'CANCELLED', finished_at = now() WHERE id = $1`, [ghost.id]);
    await dataSource.query(
      `INSERT INTO card_holdings (allocation_id, card_id, during) SELECT $1, c, tstzrange(now() + interval '1 second', NULL) FROM unnest($2::uuid[]) c`,
      [ghost.id, cardIds],
    );
    const before = await dataSource.getRepository(AllocationRequestEntity).countBy({ clusterId, state: 'RUNNING' });
    await expect(dataSource.transaction((manager) => runSchedulingPass(manager, clusterId, new Date()))).rejects.toMatchObject({ code: '23P01' });
    expect(await dataSource.getRepository(AllocationRequestEntity).countBy({ clusterId, state: 'RUNNING' })).toBe(before);
  });
});
