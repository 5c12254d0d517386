import { randomUUID } from 'node:crypto';
import type { Industry, OrganisationKind, ProjectStage, Role, SensitivityTier } from '@suanli/domain';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLClient, GraphQLResponse } from './graphql-client.js';
import {
  ScenarioAcceptInvitation,
  ScenarioAddNodes,
  ScenarioApplyForProject,
  ScenarioCentre,
  ScenarioCheckAdaptationItem,
  ScenarioCreateCluster,
  ScenarioCreateOrganisation,
  ScenarioInviteUser,
  ScenarioTransitionProject,
} from './operations/scenario.operations.js';

/**
 * Per-test data built through the API, so that no test reads or changes the demo centre's
 * organisations, projects or cluster: each call makes new objects with unique names.
 * The staff accounts that build them are the seeded ones (a fresh server has no others).
 */
export const STAFF = {
  admin: 'admin@suanli.dev',
  manager: 'manager@suanli.dev',
  manager2: 'manager2@suanli.dev',
  consultant: 'consultant@suanli.dev',
} as const;

/** The password the scenario's founders sign in with (zxcvbn 4). */
export const SCENARIO_PASSWORD = 'Maple-Orbit-Quartz-47!';

export const uniqueName = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

export interface Tenant {
  organisationId: string;
  organisationName: string;
  founder: GraphQLClient;
  founderEmail: string;
  founderName: string;
}

export interface NodeGroup {
  cardType: string;
  count: number;
  cardsPerNode?: number;
  domainSize?: number;
  memoryGb?: number;
}

export interface ScenarioCluster {
  id: string;
  name: string;
  nodes: { id: string; name: string; cardType: string; cards: { id: string }[] }[];
}

/** The stages a project passes through to reach each stage, in order. */
const PATH: Partial<Record<ProjectStage, ProjectStage[]>> = {
  APPLIED: [],
  SCREENING: ['SCREENING'],
  ADAPTATION: ['SCREENING', 'ADAPTATION'],
  INCUBATING: ['SCREENING', 'ADAPTATION', 'INCUBATING'],
  REJECTED: ['SCREENING', 'REJECTED'],
};

/**
 * Sends a scenario mutation, waiting out the per-caller mutation limit (RATE_LIMITED) instead of
 * failing: building a scenario is not what any spec tests.
 */
async function send<T, V extends Record<string, unknown>>(client: GraphQLClient, document: TypedDocumentNode<T, V>, variables: V): Promise<GraphQLResponse<T>> {
  for (;;) {
    const result = await client.request(document, variables);
    const limited = result.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
    if (!limited) return result;
    await new Promise((done) => setTimeout(done, 1000 * Number(limited.extensions?.retryAfterSeconds ?? 1)));
  }
}

function ok<T extends { userErrors: { code: string }[] }>(what: string, payload: T | undefined | null, result: unknown): T {
  if (!payload || payload.userErrors.length > 0) throw new Error(`${what} failed: ${JSON.stringify(result)}`);
  return payload;
}

/** A new account in `organisationId`, invited by `inviter` (the link comes back: no SMTP), signed in. */
async function join(inviter: GraphQLClient, organisationId: string, label: string, role?: Exclude<Role, 'INTEGRATION'>) {
  const email = `${label}-${randomUUID().slice(0, 8)}@scenario.example`;
  const displayName = uniqueName(label);
  const invited = await send(inviter, ScenarioInviteUser, { input: { email, organisationId, role } });
  const url = ok('inviteUser', invited.data?.inviteUser, invited).inviteUrl;
  if (!url) throw new Error(`inviteUser sent mail instead of returning the link: ${JSON.stringify(invited)}`);
  const anonymous = inviter.withToken(null);
  const accepted = await send(anonymous, ScenarioAcceptInvitation, {
    input: { token: url.split('/').at(-1)!, displayName, password: SCENARIO_PASSWORD },
  });
  ok('acceptInvitation', accepted.data?.acceptInvitation, accepted);
  return { client: await anonymous.signIn(email, SCENARIO_PASSWORD), email, displayName };
}

/**
 * Builds one test's own world as a staff client. `Scenario.start` gives the spec a manager of its
 * own for that, so the spec's own staff callers keep their per-caller mutation budget.
 */
export class Scenario {
  private constructor(
    readonly staff: GraphQLClient,
    private readonly centre?: { admin: GraphQLClient; id: string },
  ) {}

  static as(staff: GraphQLClient): Scenario {
    return new Scenario(staff);
  }

  /** A new centre manager (invited by the seeded admin) who builds the scenario. */
  static async start(anyClient: GraphQLClient): Promise<Scenario> {
    const admin = await anyClient.withToken(null).signIn(STAFF.admin);
    const id = (await admin.request(ScenarioCentre, {})).data!.organisations.edges[0]!.node.id;
    return new Scenario((await join(admin, id, 'builder', 'MANAGER')).client, { admin, id });
  }

  /** A new member of the centre's staff, invited by the seeded admin (after `Scenario.start`). */
  async staffMember(role: 'MANAGER' | 'CONSULTANT'): Promise<{ client: GraphQLClient; email: string; displayName: string }> {
    if (!this.centre) throw new Error('Scenario.staffMember needs Scenario.start');
    return join(this.centre.admin, this.centre.id, role.toLowerCase(), role);
  }

  /** A new organisation (unique name) with its founder, signed in. */
  async tenant(options: { label?: string; kind?: OrganisationKind; industry?: Industry; sensitivityTier?: SensitivityTier } = {}): Promise<Tenant> {
    const name = uniqueName(options.label ?? '测试机构');
    const created = await send(this.staff, ScenarioCreateOrganisation, {
      input: { name, kind: options.kind ?? 'STARTUP', industry: options.industry ?? 'AI_SERVICES', sensitivityTier: options.sensitivityTier },
    });
    const organisation = ok('createOrganisation', created.data?.createOrganisation, created).organisation!;
    const founder = await join(this.staff, organisation.id, 'founder');
    return { organisationId: organisation.id, organisationName: organisation.name, founder: founder.client, founderEmail: founder.email, founderName: founder.displayName };
  }

  /**
   * A project of the tenant, moved to `stage` by staff. Staff apply for it on the tenant's behalf
   * (the founder's own mutation budget is untouched) unless `appliedByFounder`.
   */
  async project(
    tenant: Tenant,
    stage: ProjectStage = 'INCUBATING',
    options: { label?: string; appliedByFounder?: boolean } = {},
  ): Promise<{ id: string; name: string }> {
    const path = PATH[stage];
    if (!path) throw new Error(`Scenario.project cannot reach ${stage}`);
    const name = uniqueName(options.label ?? '测试项目');
    const applied = options.appliedByFounder
      ? await send(tenant.founder, ScenarioApplyForProject, { input: { name, summary: '测试用项目', cooperationModes: ['RENTAL'] } })
      : await send(this.staff, ScenarioApplyForProject, {
          input: { organisationId: tenant.organisationId, name, summary: '测试用项目', cooperationModes: ['RENTAL'] },
        });
    const project = ok('applyForProject', applied.data?.applyForProject, applied).project!;
    for (const toStage of path) {
      if (toStage === 'INCUBATING') {
        for (const item of ['OPERATORS_PORTED', 'ACCURACY_VERIFIED', 'PERFORMANCE_VERIFIED'] as const) {
          const checked = await send(this.staff, ScenarioCheckAdaptationItem, { input: { projectId: project.id, item, done: true } });
          ok('setAdaptationChecklistItem', checked.data?.setAdaptationChecklistItem, checked);
        }
      }
      const moved = await send(this.staff, ScenarioTransitionProject, { input: { projectId: project.id, toStage, reason: `测试：进入 ${toStage}` } });
      ok('transitionProject', moved.data?.transitionProject, moved);
    }
    return { id: project.id, name: project.name };
  }

  /** A new cluster (unique name) with the given nodes; node names are unique to it. */
  async cluster(groups: NodeGroup[], label = '测试集群'): Promise<ScenarioCluster> {
    const created = await send(this.staff, ScenarioCreateCluster, { input: { name: uniqueName(label) } });
    const cluster = ok('createCluster', created.data?.createCluster, created).cluster!;
    let nodes: ScenarioCluster['nodes'] = [];
    for (const [index, group] of groups.entries()) {
      const added = await send(this.staff, ScenarioAddNodes, {
        input: { clusterId: cluster.id, namePrefix: `t${randomUUID().slice(0, 6)}-${index}`, cardsPerNode: 8, domainSize: 8, memoryGb: 64, ...group },
      });
      nodes = ok('addNodes', added.data?.addNodes, added).cluster!.nodes;
    }
    return { id: cluster.id, name: cluster.name, nodes };
  }
}
