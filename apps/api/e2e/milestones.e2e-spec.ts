import type { GraphQLClient } from '../test/graphql-client.js';
import {
  AcceptMilestone,
  AddMilestone,
  ProjectMilestones,
  ReturnMilestone,
  SubmitMilestoneEvidence,
} from '../test/operations/milestones.operations.js';
import { Scenario, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';

const codes = (r: { errors?: { extensions?: { code?: string } }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

/** Incubation milestones over HTTP, on a tenant and project of the spec's own. */
describe('project milestones over the GraphQL API', () => {
  const server = useApi();
  let manager: GraphQLClient;
  let tenant: Tenant;
  let other: Tenant;
  let projectId: string;
  let scenario: Scenario;

  const read = async (client: GraphQLClient, id = projectId) => (await client.request(ProjectMilestones, { id })).data!.project;
  const add = (input: { key: string; title?: string; dueOn: string; evidenceRequested?: string }, id = projectId) =>
    manager.request(AddMilestone, { input: { projectId: id, title: `里程碑 ${input.key}`, evidenceRequested: '提供适配报告', ...input } });

  beforeAll(async () => {
    scenario = await Scenario.start(server().anonymous);
    manager = (await scenario.staffMember('MANAGER')).client;
    tenant = await scenario.tenant();
    other = await scenario.tenant();
    projectId = (await scenario.project(tenant, 'INCUBATING')).id;
  });

  it('runs add → submit → return → resubmit → accept, with every step in the history in order', async () => {
    const added = (await add({ key: 'model-adapted', dueOn: '2098-03-31' })).data!.addMilestone;
    expect(added.userErrors).toEqual([]);
    const milestone = added.milestone!;
    expect(milestone).toMatchObject({ key: 'model-adapted', status: 'PLANNED', evidence: null, dueOn: '2098-03-31' });

    const submitted = (await tenant.founder.request(SubmitMilestoneEvidence, {
      input: { milestoneId: milestone.id, evidence: '模型已在昇腾上运行', evidenceUrl: 'https://example.com/report' },
    })).data!.submitMilestoneEvidence;
    expect(submitted.userErrors).toEqual([]);
    expect(submitted.milestone).toMatchObject({ status: 'SUBMITTED', evidenceUrl: 'https://example.com/report' });

    const returned = (await manager.request(ReturnMilestone, { input: { milestoneId: milestone.id, note: '缺少精度对比' } })).data!.returnMilestone;
    expect(returned.userErrors).toEqual([]);
    expect(returned.milestone).toMatchObject({ status: 'RETURNED', decisionNote: '缺少精度对比' });

    // Returned evidence can be neither accepted nor returned again until it is resubmitted.
    expect((await manager.request(AcceptMilestone, { input: { milestoneId: milestone.id } })).data!.acceptMilestone.userErrors).toEqual([
      { code: 'INVALID_STATE', field: ['milestoneId'] },
    ]);

    const resubmitted = (await tenant.founder.request(SubmitMilestoneEvidence, {
      input: { milestoneId: milestone.id, evidence: '补充了精度对比' },
    })).data!.submitMilestoneEvidence;
    expect(resubmitted.userErrors).toEqual([]);
    expect(resubmitted.milestone).toMatchObject({ status: 'SUBMITTED', evidence: '补充了精度对比', evidenceUrl: null, decisionNote: null });

    const accepted = (await manager.request(AcceptMilestone, { input: { milestoneId: milestone.id, note: '通过' } })).data!.acceptMilestone;
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.milestone).toMatchObject({ status: 'ACCEPTED', decisionNote: '通过' });

    // Accepted is final: no more evidence.
    const late = await tenant.founder.request(SubmitMilestoneEvidence, { input: { milestoneId: milestone.id, evidence: '再来一次' } });
    expect(late.data!.submitMilestoneEvidence.userErrors).toEqual([{ code: 'INVALID_STATE', field: ['milestoneId'] }]);

    const seen = await read(tenant.founder);
    const steps = seen!.milestoneHistory.filter((e) => e.milestoneId === milestone.id);
    expect(steps.map((e) => [e.kind, e.note])).toEqual([
      ['CREATED', null],
      ['SUBMITTED', null],
      ['RETURNED', '缺少精度对比'],
      ['SUBMITTED', null],
      ['ACCEPTED', '通过'],
    ]);
    expect(steps.map((e) => e.actorName)).toEqual([expect.any(String), tenant.founderName, expect.any(String), tenant.founderName, expect.any(String)]);
    const times = steps.map((e) => new Date(e.at).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('keeps another tenant out: NOT_FOUND on submitting, no milestones to see', async () => {
    const { milestone } = (await add({ key: 'first-customer', dueOn: '2098-06-30' })).data!.addMilestone;
    const attempt = await other.founder.request(SubmitMilestoneEvidence, { input: { milestoneId: milestone!.id, evidence: '不是我的项目' } });
    expect(attempt.data!.submitMilestoneEvidence.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['milestoneId'] }]);
    expect(await read(other.founder)).toBeNull();
    expect((await read(manager))!.milestones.find((m) => m.id === milestone!.id)!.status).toBe('PLANNED');
  });

  it('refuses a founder accepting, returning or adding milestones (FORBIDDEN)', async () => {
    const { milestone } = (await add({ key: 'series-a', dueOn: '2099-01-31' })).data!.addMilestone;
    await tenant.founder.request(SubmitMilestoneEvidence, { input: { milestoneId: milestone!.id, evidence: '投资协议已签' } });
    expect(codes(await tenant.founder.request(AcceptMilestone, { input: { milestoneId: milestone!.id } }))).toEqual(['FORBIDDEN']);
    expect(codes(await tenant.founder.request(ReturnMilestone, { input: { milestoneId: milestone!.id, note: '自己退回' } }))).toEqual(['FORBIDDEN']);
    expect(
      codes(await tenant.founder.request(AddMilestone, { input: { projectId, key: 'self-set', title: '自定', dueOn: '2099-01-31', evidenceRequested: '无' } })),
    ).toEqual(['FORBIDDEN']);
    expect((await read(manager))!.milestones.find((m) => m.id === milestone!.id)!.status).toBe('SUBMITTED');
  });

  it('changes nothing on bad input: dates, empty title, duplicate key, http links, empty return note', async () => {
    const project = await scenario.project(tenant, 'INCUBATING', { label: '坏输入' });
    const errorsOf = async (input: Parameters<typeof add>[0]) => (await add(input, project.id)).data!.addMilestone.userErrors;
    expect(await errorsOf({ key: 'bad-date', dueOn: '2098-02-30' })).toEqual([{ code: 'VALIDATION_FAILED', field: ['dueOn'] }]);
    expect(await errorsOf({ key: 'bad-date', dueOn: '30/01/2098' })).toEqual([{ code: 'VALIDATION_FAILED', field: ['dueOn'] }]);
    expect(await errorsOf({ key: 'no-title', title: '   ', dueOn: '2098-02-28' })).toEqual([{ code: 'VALIDATION_FAILED', field: ['title'] }]);
    expect(await errorsOf({ key: 'Bad Key', dueOn: '2098-02-28' })).toEqual([{ code: 'VALIDATION_FAILED', field: ['key'] }]);
    expect(await errorsOf({ key: 'only-one', dueOn: '2098-02-28' })).toEqual([]);
    expect(await errorsOf({ key: 'only-one', dueOn: '2098-03-28' })).toEqual([{ code: 'DUPLICATE_NAME', field: ['key'] }]);

    const milestone = (await read(manager, project.id))!.milestones[0]!;
    const submit = async (evidenceUrl: string) =>
      (await tenant.founder.request(SubmitMilestoneEvidence, { input: { milestoneId: milestone.id, evidence: '证明', evidenceUrl } })).data!.submitMilestoneEvidence.userErrors;
    expect(await submit('http://example.com/report')).toEqual([{ code: 'VALIDATION_FAILED', field: ['evidenceUrl'] }]);
    expect(await submit('javascript:alert(1)')).toEqual([{ code: 'VALIDATION_FAILED', field: ['evidenceUrl'] }]);
    expect(await submit('https://example.com/ok')).toEqual([]);
    expect((await manager.request(ReturnMilestone, { input: { milestoneId: milestone.id, note: '  ' } })).data!.returnMilestone.userErrors).toEqual([
      { code: 'VALIDATION_FAILED', field: ['note'] },
    ]);

    const after = (await read(manager, project.id))!;
    expect(after.milestones.map((m) => [m.key, m.status, m.evidenceUrl])).toEqual([['only-one', 'SUBMITTED', 'https://example.com/ok']]);
    expect(after.milestoneHistory.map((e) => e.kind)).toEqual(['CREATED', 'SUBMITTED']);
  });

  it('orders milestones by due date and answers nextMilestone and overdueMilestones (Asia/Shanghai)', async () => {
    const project = await scenario.project(tenant, 'INCUBATING', { label: '日期' });
    expect(await read(tenant.founder, project.id)).toMatchObject({ milestones: [], nextMilestone: null, overdueMilestones: [] });
    await add({ key: 'later', dueOn: '2099-12-31' }, project.id);
    await add({ key: 'long-ago', dueOn: '2020-01-15' }, project.id);
    const done = (await add({ key: 'done-early', dueOn: '2019-06-01' }, project.id)).data!.addMilestone.milestone!;
    await add({ key: 'soon', dueOn: '2098-01-01' }, project.id);
    await tenant.founder.request(SubmitMilestoneEvidence, { input: { milestoneId: done.id, evidence: '完成' } });
    await manager.request(AcceptMilestone, { input: { milestoneId: done.id } });

    const seen = (await read(tenant.founder, project.id))!;
    expect(seen.milestones.map((m) => m.key)).toEqual(['done-early', 'long-ago', 'soon', 'later']);
    expect(seen.nextMilestone).toEqual({ key: 'long-ago' });
    expect(seen.overdueMilestones).toEqual([{ key: 'long-ago' }]);
  });
});
