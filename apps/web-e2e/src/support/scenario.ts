/**
 * Each scenario's own data, made over the API before the browser works on it, so no browser test
 * changes the shared demo data (it may still read it, e.g. to sign in as the demo manager).
 * A tenant is a fresh organisation with a founder who accepted an invitation; projects and
 * clusters are made for it on demand. Names carry a stamp, so runs never collide.
 */
import type { Page } from 'playwright-core';
import { apiSignIn, expectNoUserErrors, graphqlRequest } from './graphql.js';
import {
  AcceptInvitation,
  AddNodes,
  AllocationRequest,
  ApplyForProject,
  CancelAllocationRequest,
  CreateAllocationRequest,
  CreateCluster,
  CreateOrganisation,
  InviteUser,
  TransitionProject,
} from './operations/scenario.operations.js';
import { waitFor, waitVisible } from './pages.js';

export const MANAGER = 'manager@suanli.dev';
/** The password every scenario's founder sets when accepting the invitation (strong enough for the meter). */
export const SCENARIO_PASSWORD = 'Maple-Orbit-Quartz-47!';

let sequence = 0;
/** Unique within and across runs: time plus a counter, lower-case letters and digits. */
export function stamp(): string {
  sequence += 1;
  return `${Date.now().toString(36)}${sequence.toString(36)}`;
}

let managerTokenCache: Promise<string> | undefined;
/** The demo manager's token (signing in changes nothing). */
export function managerToken(): Promise<string> {
  managerTokenCache ??= apiSignIn(MANAGER);
  return managerTokenCache;
}

export interface Tenant {
  organisationId: string;
  organisationName: string;
  founderEmail: string;
  founderName: string;
  password: string;
  founderToken: string;
}

/** A new organisation whose founder has accepted the invitation and can sign in with SCENARIO_PASSWORD. */
export async function createTenant(label: string, founderName = 'E2E 创始人'): Promise<Tenant> {
  const token = await managerToken();
  const id = stamp();
  const organisationName = `e2e ${label} ${id}`;
  const created = (await graphqlRequest(CreateOrganisation, { input: { name: organisationName, kind: 'STARTUP', industry: 'MANUFACTURING' } }, token)).createOrganisation;
  expectNoUserErrors('createOrganisation', created);
  const organisationId = created.organisation!.id;
  const founderEmail = `founder-${id}@e2e.example`;
  const invited = (await graphqlRequest(InviteUser, { input: { email: founderEmail, organisationId } }, token)).inviteUser;
  expectNoUserErrors('inviteUser', invited);
  if (!invited.inviteUrl) throw new Error('the server sent the invitation by mail: the browser tests need a server without SMTP');
  const inviteToken = new URL(invited.inviteUrl).pathname.split('/').pop()!;
  const accepted = (await graphqlRequest(AcceptInvitation, { input: { token: inviteToken, displayName: founderName, password: SCENARIO_PASSWORD } })).acceptInvitation;
  expectNoUserErrors('acceptInvitation', accepted);
  const founderToken = await apiSignIn(founderEmail, SCENARIO_PASSWORD);
  return { organisationId, organisationName, founderEmail, founderName, password: SCENARIO_PASSWORD, founderToken };
}

export type ScenarioStage = 'APPLIED' | 'SCREENING' | 'ADAPTATION';

export interface TenantProject {
  id: string;
  name: string;
}

/** A project the tenant's founder applied for, moved on by the manager to `stage` (ADAPTATION may request compute). */
export async function createProject(tenant: Tenant, stage: ScenarioStage, name = `e2e 项目 ${stamp()}`): Promise<TenantProject> {
  const applied = (
    await graphqlRequest(
      ApplyForProject,
      { input: { name, summary: '浏览器测试为自己准备的项目。', cooperationModes: ['RENTAL'], sourcePlatform: 'NVIDIA A100 / CUDA 12' } },
      tenant.founderToken,
    )
  ).applyForProject;
  expectNoUserErrors('applyForProject', applied);
  const project = applied.project!;
  const moves: Record<ScenarioStage, ScenarioStage[]> = { APPLIED: [], SCREENING: ['SCREENING'], ADAPTATION: ['SCREENING', 'ADAPTATION'] };
  for (const next of moves[stage]) {
    const moved = (await graphqlRequest(TransitionProject, { input: { projectId: project.id, toStage: next, reason: 'e2e 准备' } }, await managerToken())).transitionProject;
    expectNoUserErrors(`transitionProject to ${next}`, moved);
  }
  return { id: project.id, name: project.name };
}

export interface ScenarioCluster {
  id: string;
  name: string;
}

/** A new cluster named after the scenario, with `nodes.count` nodes of `nodes.cardType` (8 cards each) when given. */
export async function createCluster(label: string, nodes?: { cardType: string; count: number }): Promise<ScenarioCluster> {
  const token = await managerToken();
  const id = stamp();
  const created = (await graphqlRequest(CreateCluster, { input: { name: `e2e ${label} ${id}` } }, token)).createCluster;
  expectNoUserErrors('createCluster', created);
  const cluster = created.cluster!;
  if (nodes) {
    // cardsPerNode and domainSize have schema defaults, but the server refused the second call that
    // left them out (GRAPHQL_VALIDATION_FAILED, likely its compiled-query cache): give them.
    const input = { clusterId: cluster.id, ...nodes, cardsPerNode: 8, domainSize: 8, memoryGb: 24, namePrefix: `e2e-${id}`.slice(0, 20) };
    const added = (await graphqlRequest(AddNodes, { input }, token)).addNodes;
    expectNoUserErrors('addNodes', added);
  }
  return cluster;
}

/** Shows `cluster` in the compute console (its picker is there once there is more than one cluster). */
export async function showCluster(page: Page, cluster: ScenarioCluster): Promise<void> {
  await waitVisible(page.getByTestId('cluster-select'), 'the cluster picker');
  await page.getByTestId('cluster-select').click();
  await page.locator('.ant-select-item-option', { hasText: cluster.name }).click();
  await page.locator(`[data-testid="compute-page"][data-cluster-id="${cluster.id}"]`).waitFor();
}

/** Cancels a request or stops an allocation the scenario made, so the cards it held go back. */
export async function cancelRequest(id: string, token?: string): Promise<void> {
  const cancelled = (await graphqlRequest(CancelAllocationRequest, { id }, token ?? (await managerToken()))).cancelAllocationRequest;
  expectNoUserErrors('cancelAllocationRequest', cancelled);
}

/** A request's state as the API has it now (null when the caller may not see it). */
export async function allocationState(id: string, token?: string): Promise<string | null> {
  const data = await graphqlRequest(AllocationRequest, { id }, token ?? (await managerToken()));
  return data.allocationRequest?.state ?? null;
}

/**
 * Fills `cards` of `cardType` on the cluster for another tenant's project (a manager's 4-hour,
 * non-preemptible request over the API: staff have no request form), and waits until it runs.
 * Returns the request's id, for the scenario to stop at the end.
 */
export async function fillPool(pool: { projectId: string; clusterId: string; cardType: string; cards: number }): Promise<string> {
  const token = await managerToken();
  const input = { ...pool, durationS: 4 * 3600, priority: 'STANDARD' as const, preemptible: false };
  const payload = (await graphqlRequest(CreateAllocationRequest, { input }, token)).createAllocationRequest;
  expectNoUserErrors(`the ${pool.cards}-card request filling the pool`, payload);
  const id = payload.allocationRequest!.id;
  await waitFor(async () => (await allocationState(id, token)) === 'RUNNING', `the ${pool.cards}-card allocation starting`, 10_000);
  return id;
}
