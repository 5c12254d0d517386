import type { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/api-errors.js';
import { actorFor, createUser, OrganisationFactory } from '../../../test/factories.js';
import { connectTestDataSource } from '../../../test/test-data-source.js';
import { ProjectTransitionEntity } from '../entities/project-transition.entity.js';
import { ProjectEntity } from '../entities/project.entity.js';
import { ProjectLifecycleService } from '../services/project-lifecycle.service.js';

describe('project lifecycle against PostgreSQL', () => {
  let dataSource: DataSource;
  let lifecycle: ProjectLifecycleService;
  let founder: ReturnType<typeof actorFor>;
  let manager: ReturnType<typeof actorFor>;

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    lifecycle = new ProjectLifecycleService(dataSource);
    const org = await OrganisationFactory.on(dataSource).kind('STARTUP').create();
    founder = actorFor(await createUser(dataSource, 'FOUNDER', org.id));
    const centre = await OrganisationFactory.on(dataSource).kind('CENTRE', 'PUBLIC_SECTOR').create();
    manager = actorFor(await createUser(dataSource, 'MANAGER', centre.id));
  });

  afterAll(() => dataSource.destroy());

  const apply = (name: string) => lifecycle.apply(founder, { name, summary: '', cooperationModes: ['RENTAL'] });

  it('lets exactly one of many concurrent identical moves succeed, and audits only that one', async () => {
    const { project } = await apply(`并发评审 ${Date.now()}`);
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => lifecycle.transition(manager, { projectId: project.id, toStage: 'SCREENING', reason: `manager ${i}` })),
    );
    const ok = attempts.filter((a) => a.status === 'fulfilled');
    const refused = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(refused.every((r) => r.reason instanceof DomainError && r.reason.code === 'INVALID_TRANSITION')).toBe(true);
    const history = await dataSource.getRepository(ProjectTransitionEntity).findBy({ projectId: project.id });
    expect(history.map((h) => h.toStage).sort()).toEqual(['APPLIED', 'SCREENING']);
  });

  it('creates one project when the same name is submitted concurrently', async () => {
    const name = `重名申请 ${Date.now()}`;
    const attempts = await Promise.allSettled(Array.from({ length: 5 }, () => apply(name)));
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    const rejected = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(rejected.every((r) => (r.reason as DomainError).code === 'DUPLICATE_NAME')).toBe(true);
    expect(await dataSource.getRepository(ProjectEntity).countBy({ name })).toBe(1);
  });

  it('leaves the row untouched when a move is refused inside the transaction', async () => {
    const { project } = await apply(`拒绝回滚 ${Date.now()}`);
    await expect(lifecycle.transition(founder, { projectId: project.id, toStage: 'SCREENING', reason: 'self-promotion' })).rejects.toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED_FOR_ROLE',
    });
    const after = await dataSource.getRepository(ProjectEntity).findOneByOrFail({ id: project.id });
    expect(after.stage).toBe('APPLIED');
    expect(after.stageEnteredAt.getTime()).toBe(project.stageEnteredAt.getTime());
  });

  it('enforces stage and cooperation-mode values in the database, not only in code', async () => {
    const { project } = await apply(`约束 ${Date.now()}`);
    await expect(dataSource.query(`UPDATE projects SET stage = 'LAUNCHED' WHERE id = $1`, [project.id])).rejects.toThrow(/projects_stage_check/);
    await expect(dataSource.query(`UPDATE projects SET cooperation_modes = '{}' WHERE id = $1`, [project.id])).rejects.toThrow(/projects_modes_check/);
  });
});
