import type { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/api-errors.js';
import { actorFor, createUser, OrganisationFactory } from '../../../test/factories.js';
import { connectTestDataSource } from '../../../test/test-data-source.js';
import { codeLegacyApplicationReasons } from '../../database/migrations/1796127781588-project-codes-and-card-need.js';
import { AdaptationEntity } from '../entities/adaptation.entity.js';
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

  it('stores the application as a code, not as text in two languages', async () => {
    const { project } = await apply(`代码化 ${Date.now()}`);
    const [entry] = await dataSource.getRepository(ProjectTransitionEntity).findBy({ projectId: project.id });
    expect(entry).toMatchObject({ fromStage: null, toStage: 'APPLIED', reasonCode: 'APPLICATION_SUBMITTED', reason: '' });
    await expect(dataSource.query(`UPDATE project_transitions SET reason_code = 'SHRUG' WHERE id = $1`, [entry.id])).rejects.toThrow(
      /project_transitions_reason_code_check/,
    );
  });

  it('migrates the stored bilingual application reasons to the code and keeps people’s own words', async () => {
    const { project } = await apply(`旧数据 ${Date.now()}`);
    const transitions = dataSource.getRepository(ProjectTransitionEntity);
    await transitions.update({ projectId: project.id }, { reasonCode: 'NOTE', reason: '提交申请 · Application submitted' });
    await lifecycle.transition(manager, { projectId: project.id, toStage: 'SCREENING', reason: '提交申请' });
    await codeLegacyApplicationReasons(dataSource);
    const rows = await transitions.find({ where: { projectId: project.id }, order: { createdAt: 'ASC' } });
    // The manager's move happened to use the same words: it is a note, and stays one.
    expect(rows.map((r) => [r.reasonCode, r.reason])).toEqual([
      ['APPLICATION_SUBMITTED', ''],
      ['NOTE', '提交申请'],
    ]);
  });

  it('keeps a project out of incubation until its adaptation checklist is done, and changes nothing', async () => {
    const { project } = await apply(`适配门槛 ${Date.now()}`);
    await lifecycle.transition(manager, { projectId: project.id, toStage: 'SCREENING', reason: '材料齐全' });
    await lifecycle.transition(manager, { projectId: project.id, toStage: 'ADAPTATION', reason: '启动适配' });
    await dataSource.getRepository(AdaptationEntity).update({ projectId: project.id }, { completedItems: ['OPERATORS_PORTED'] });
    await expect(lifecycle.transition(manager, { projectId: project.id, toStage: 'INCUBATING', reason: '先孵化再说' })).rejects.toMatchObject({
      code: 'ADAPTATION_INCOMPLETE',
      field: ['toStage'],
    });
    expect((await dataSource.getRepository(ProjectEntity).findOneByOrFail({ id: project.id })).stage).toBe('ADAPTATION');
    await dataSource
      .getRepository(AdaptationEntity)
      .update({ projectId: project.id }, { completedItems: ['OPERATORS_PORTED', 'ACCURACY_VERIFIED', 'PERFORMANCE_VERIFIED'] });
    const { project: incubating } = await lifecycle.transition(manager, { projectId: project.id, toStage: 'INCUBATING', reason: '适配完成' });
    expect(incubating.stage).toBe('INCUBATING');
  });

  it('rejects an unfinished adaptation without the gate getting in the way', async () => {
    const { project } = await apply(`适配拒绝 ${Date.now()}`);
    await lifecycle.transition(manager, { projectId: project.id, toStage: 'SCREENING', reason: '材料齐全' });
    await lifecycle.transition(manager, { projectId: project.id, toStage: 'ADAPTATION', reason: '启动适配' });
    const { project: rejected } = await lifecycle.transition(manager, { projectId: project.id, toStage: 'REJECTED', reason: '算子无法移植' });
    expect(rejected.stage).toBe('REJECTED');
  });

  it('stores card need and budget, and refuses half a card need or a budget that is not fen', async () => {
    const name = `算力需求 ${Date.now()}`;
    const { project } = await lifecycle.apply(founder, {
      name, summary: '', cooperationModes: ['RENTAL'], cardType: 'ascend-910b', cardCountEstimate: 16, budgetFen: '20000000',
    });
    expect(await dataSource.getRepository(ProjectEntity).findOneByOrFail({ id: project.id })).toMatchObject({
      cardType: 'ascend-910b', cardCountEstimate: 16, budgetFen: '20000000',
    });
    await expect(lifecycle.apply(founder, { name: `${name} b`, summary: '', cooperationModes: ['RENTAL'], cardCountEstimate: 4 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED', field: ['cardType'],
    });
    await expect(lifecycle.apply(founder, { name: `${name} c`, summary: '', cooperationModes: ['RENTAL'], budgetFen: '-1' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED', field: ['budgetFen'],
    });
    expect(await dataSource.getRepository(ProjectEntity).countBy({ name: `${name} b` })).toBe(0);
    await expect(dataSource.query(`UPDATE projects SET card_type = NULL WHERE id = $1`, [project.id])).rejects.toThrow(/projects_card_need_check/);
  });
});
