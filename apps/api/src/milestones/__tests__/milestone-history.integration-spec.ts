import type { DataSource } from 'typeorm';
import { actorFor, createUser, OrganisationFactory } from '../../../test/factories.js';
import { connectTestDataSource } from '../../../test/test-data-source.js';
import { ProjectEntity } from '../../projects/index.js';
import { MilestoneEventEntity } from '../entities/milestone-event.entity.js';
import { MilestoneEntity } from '../entities/milestone.entity.js';
import { isMilestoneAccepted } from '../index.js';
import { MilestonesService } from '../services/milestones.service.js';

describe('milestones against PostgreSQL', () => {
  let dataSource: DataSource;
  let milestones: MilestonesService;
  let founder: ReturnType<typeof actorFor>;
  let manager: ReturnType<typeof actorFor>;
  let projectId: string;

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    milestones = new MilestonesService(dataSource);
    const org = await OrganisationFactory.on(dataSource).kind('STARTUP').create();
    founder = actorFor(await createUser(dataSource, 'FOUNDER', org.id));
    const centre = await OrganisationFactory.on(dataSource).kind('CENTRE', 'PUBLIC_SECTOR').create();
    manager = actorFor(await createUser(dataSource, 'MANAGER', centre.id));
    const projects = dataSource.getRepository(ProjectEntity);
    projectId = (await projects.save(projects.create({ organisationId: org.id, name: `里程碑 ${Date.now()}`, summary: '', cooperationModes: ['RENTAL'], stage: 'INCUBATING' }))).id;
  });

  afterAll(() => dataSource.destroy());

  it('keeps milestone_events append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const { milestone } = await milestones.add(manager, { projectId, key: 'append-only', title: '只增不改', dueOn: '2098-01-01', evidenceRequested: '报告' });
    const events = dataSource.getRepository(MilestoneEventEntity);
    const [created] = await events.findBy({ milestoneId: milestone.id });
    expect(created!.kind).toBe('CREATED');
    await expect(dataSource.query(`UPDATE milestone_events SET note = 'rewritten' WHERE id = $1`, [created!.id])).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM milestone_events WHERE id = $1`, [created!.id])).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`TRUNCATE milestone_events`)).rejects.toThrow(/append-only/);
    expect(await events.findBy({ milestoneId: milestone.id })).toEqual([created]);
  });

  it('refuses impossible rows whatever the code does (CHECKs), and answers isMilestoneAccepted', async () => {
    const { milestone } = await milestones.add(manager, { projectId, key: 'checked', title: '约束', dueOn: '2098-01-01', evidenceRequested: '报告' });
    const rows = dataSource.getRepository(MilestoneEntity);
    await expect(rows.update(milestone.id, { status: 'ACCEPTED' })).rejects.toThrow(/project_milestones_/);
    await expect(rows.update(milestone.id, { evidenceUrl: 'http://example.com' })).rejects.toThrow(/project_milestones_/);
    expect(await isMilestoneAccepted(dataSource.manager, projectId, 'checked')).toBe(false);
    await milestones.submit(founder, { milestoneId: milestone.id, evidence: '完成' });
    expect(await isMilestoneAccepted(dataSource.manager, projectId, 'checked')).toBe(false);
    await milestones.accept(manager, { milestoneId: milestone.id });
    expect(await isMilestoneAccepted(dataSource.manager, projectId, 'checked')).toBe(true);
    expect(await isMilestoneAccepted(dataSource.manager, projectId, 'unknown-key')).toBe(false);
  });

  it('lets one of many concurrent decisions on the same evidence win, and records only that one', async () => {
    const { milestone } = await milestones.add(manager, { projectId, key: 'race', title: '并发', dueOn: '2098-01-01', evidenceRequested: '报告' });
    await milestones.submit(founder, { milestoneId: milestone.id, evidence: '完成' });
    const attempts = await Promise.allSettled([
      milestones.accept(manager, { milestoneId: milestone.id }),
      milestones.returnEvidence(manager, { milestoneId: milestone.id, note: '不行' }),
      milestones.accept(manager, { milestoneId: milestone.id }),
    ]);
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    const kinds = (await dataSource.getRepository(MilestoneEventEntity).find({ where: { milestoneId: milestone.id }, order: { seq: 'ASC' } })).map((e) => e.kind);
    expect(kinds.slice(0, 2)).toEqual(['CREATED', 'SUBMITTED']);
    expect(kinds).toHaveLength(3);
  });
});
