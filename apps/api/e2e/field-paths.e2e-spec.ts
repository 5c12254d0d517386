import { LOAD_TEST_LIMITS } from '../test/api-server.js';
import { PERMISSIONS, scopesHavePermission, TOKEN_SCOPES, type TokenScope } from '@suanli/domain';
import type { GraphQLClient } from '../test/graphql-client.js';
import { useApi } from '../test/use-api.js';
import { PathWalk } from './path-walk.js';
import { SchemaWalker, type FieldInfo } from './schema-walk.js';
import { CreateAllocationRequest } from '../test/operations/allocation.operations.js';
import { Scenario, STAFF, type Tenant } from '../test/scenario.js';

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
/** Money and usage by name, as apps/api/src/common/access/field-access/sensitive-fields.ts classifies them. */
const MONEY_OR_USAGE = /(Fen|^fen|price|amount|cost|cardHours|usage|quota|weight|budget|credit|valuation|equity|invoice|balance|voucher)/i;
/** Money a project's reader may see: adaptation is free, its charge is always "0" (the brief). */
// Money a scope may read because it names it: adaptation charges of a project; a read:vouchers
// token's settlement amounts.
const PRICES_OF_WHAT_THE_SCOPE_NAMES = /\.adaptation\.chargeFen$|voucherSettlement\./;
/** Answers a walk may get: refusals. Anything else (a validation error, INTERNAL_SERVER_ERROR) means the walk proves nothing. */
const REFUSALS = new Set(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT']);

/** Whose ids a walk passes to the root fields' arguments. */
interface Target {
  label: string;
  organisationId: string;
  projectId: string;
  allocationId: string;
  clusterId: string;
  /** The demo's voucher programme and a settlement period of its year, for voucherSettlement. */
  programmeId: string;
  settlementPeriod: string;
}

/** What came back over one walk: every object by type and id, every email, string and usage value. */
interface Seen {
  operations: number;
  objects: Map<string, Set<string>>;
  emails: Set<string>;
  strings: Set<string>;
  usage: string[];
  unexpectedErrors: string[];
}

function observe(value: unknown, seen: Seen, path: string): void {
  if (Array.isArray(value)) return value.forEach((item, i) => observe(item, seen, `${path}.${i}`));
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string') {
      seen.strings.add(value);
      for (const email of value.match(EMAIL) ?? []) seen.emails.add(email);
    }
    return;
  }
  const object = value as Record<string, unknown>;
  if (typeof object.__typename === 'string') {
    const ids = seen.objects.get(object.__typename) ?? new Set<string>();
    ids.add(typeof object.id === 'string' ? object.id : '(no id)');
    seen.objects.set(object.__typename, ids);
  }
  for (const [key, child] of Object.entries(object)) {
    if (MONEY_OR_USAGE.test(key) && child !== null) seen.usage.push(`${path}.${key}`);
    observe(child, seen, `${path}.${key}`);
  }
}

/**
 * Issue 9 §5: walk every path from every root Query field down to the depth limit (types may
 * recur twice, so Project → history → actor → organisation → members is walked) as a founder with
 * their own and another tenant's ids, as the consultant and as each token scope, and fail on any
 * email, person or other tenant's data the caller may not see. A manager walks too, as the
 * control: the same detection must find people, emails and tenants there.
 */
describe('every path below every root field', () => {
  // The walk selects every path at once (hundreds of fields over lists): what it checks is who sees
  // which field, not the cost cap, which request-limits.e2e-spec proves.
  const server = useApi({ production: true, env: { ...LOAD_TEST_LIMITS, SUANLI_MAX_QUERY_COST: '100000000' } });
  let walker: SchemaWalker;
  let walk: PathWalk;
  let manager: GraphQLClient;
  let demo: {
    orgs: { id: string; name: string; kind: string }[];
    members: Map<string, { id: string; email: string }[]>;
    projects: Map<string, { id: string; name: string }[]>;
    allocations: Map<string, string[]>;
    clusterId: string;
    programmeId: string;
    settlementPeriod: string;
  };
  // Two tenants of the spec's own, each with a project and an allocation request on the spec's cluster.
  let ownTenant: Tenant;
  let otherTenant: Tenant;
  const orgWithId = (id: string) => demo.orgs.find((o) => o.id === id)!;
  const targetOf = (label: string, organisationId: string, projectsOf = organisationId): Target => ({
    label,
    organisationId,
    projectId: demo.projects.get(projectsOf)![0].id,
    allocationId: demo.allocations.get(projectsOf)?.[0] ?? '00000000-0000-4000-8000-000000000000',
    clusterId: demo.clusterId,
    programmeId: demo.programmeId,
    settlementPeriod: demo.settlementPeriod,
  });

  /** `(id: $id, first: 3)` for a root field, with variables holding the target's real ids. */
  const rootCall = (field: FieldInfo, target: Target) => {
    const args: string[] = [];
    const definitions: string[] = [];
    const variables: Record<string, unknown> = {};
    const idFor: Record<string, string> = {
      project: target.projectId,
      organisation: target.organisationId,
      allocationRequest: target.allocationId,
      cluster: target.clusterId,
    };
    for (const arg of field.args) {
      let value: unknown;
      if (['first', 'perStage', 'days'].includes(arg.name)) value = 3;
      else if (arg.name === 'id') value = idFor[field.name] ?? target.projectId;
      else if (arg.name === 'organisationId') value = target.organisationId;
      else if (arg.name === 'clusterId') value = target.clusterId;
      else if (arg.name === 'programmeId') value = target.programmeId;
      else if (arg.name === 'period') value = target.settlementPeriod;
      else if (arg.type.kind === 'NON_NULL') {
        args.push(`${arg.name}: ${walker.literal(arg.type, arg.name, { id: target.projectId, organisationId: target.organisationId })}`);
        continue;
      } else continue;
      args.push(`${arg.name}: $${arg.name}`);
      definitions.push(`$${arg.name}: ${walker.typeText(arg.type)}`);
      variables[arg.name] = value;
    }
    return { args: args.length ? `(${args.join(', ')})` : '', definitions: definitions.length ? `(${definitions.join(', ')})` : '', variables };
  };

  const walkAs = async (client: GraphQLClient, targets: Target[]): Promise<Seen> => {
    const seen: Seen = { operations: 0, objects: new Map(), emails: new Set(), strings: new Set(), usage: [], unexpectedErrors: [] };
    for (const target of targets) {
      for (const field of walker.rootFields('Query')) {
        const call = rootCall(field, target);
        for (let operation of walk.prunable(field, call.args, call.definitions)) {
          // A refused field nulls its parents; drop what was refused and ask again, so the walk
          // sees the most this caller can read, not just the first refusal.
          for (let attempt = 0; attempt < 25; attempt++) {
            const result = await client.request(operation.text, call.variables, { 'cache-control': 'no-cache' });
            seen.operations++;
            for (const error of result.errors ?? []) {
              const code = error.extensions?.code;
              if (!REFUSALS.has(String(code))) seen.unexpectedErrors.push(`${target.label} ${field.name}: ${String(code)} ${error.message}`);
            }
            observe(result.data, seen, field.name);
            const refused = (result.errors ?? []).filter((e) => e.path?.length).map((e) => e.path as (string | number)[]);
            const next = refused.length ? operation.without(refused) : null;
            if (!next) break;
            operation = next;
          }
        }
      }
    }
    return seen;
  };
  const idsOf = (seen: Seen, type: string) => [...(seen.objects.get(type) ?? [])];

  beforeAll(async () => {
    const { anonymous } = server();
    const admin = await anonymous.signIn(STAFF.admin);
    manager = await anonymous.signIn(STAFF.manager);
    // In production introspection may be for staff only: load the schema as a signed-in admin.
    walker = await SchemaWalker.load(admin);
    walk = new PathWalk(walker, { maxDepth: 12, maxVisitsPerType: 2, fieldsPerOperation: 300, listSize: 3 });
    const scenario = await Scenario.start(anonymous);
    const clusterId = (await scenario.cluster([{ cardType: 'Ascend 310P', count: 1 }])).id;
    [ownTenant, otherTenant] = [await scenario.tenant(), await scenario.tenant({ industry: 'HEALTHCARE', sensitivityTier: 'HIGH' })];
    for (const tenant of [ownTenant, otherTenant]) {
      const projectId = (await scenario.project(tenant, 'INCUBATING')).id;
      const input = { projectId, clusterId, cards: 1, cardType: 'Ascend 310P', durationS: 3600, priority: 'STANDARD', preemptible: false } as const;
      const made = await tenant.founder.request(CreateAllocationRequest, { input });
      expect({ errors: made.errors, userErrors: made.data?.createAllocationRequest.userErrors }).toEqual({ errors: undefined, userErrors: [] });
    }
    const orgs = await manager.request(
      `{ organisations(first: 100) { edges { node { id name kind members(first: 100) { edges { node { id email } } } projects(first: 100) { edges { node { id name } } } } } } }`,
    );
    const nodes = orgs.data!.organisations.edges.map((e: any) => e.node);
    const allocations = await manager.request(`{ allocationRequests(first: 100) { edges { node { id organisation { id } } } } }`);
    const clusters = await manager.request(`{ clusters { id } }`);
    const [programme] = (await manager.request(`{ voucherProgrammes { id year } }`)).data!.voucherProgrammes as { id: string; year: number }[];
    demo = {
      orgs: nodes.map(({ id, name, kind }: any) => ({ id, name, kind })),
      members: new Map(nodes.map((o: any) => [o.id, o.members.edges.map((e: any) => e.node)])),
      projects: new Map(nodes.map((o: any) => [o.id, o.projects.edges.map((e: any) => e.node)])),
      allocations: allocations.data!.allocationRequests.edges.reduce((map: Map<string, string[]>, e: any) => {
        map.set(e.node.organisation.id, [...(map.get(e.node.organisation.id) ?? []), e.node.id]);
        return map;
      }, new Map<string, string[]>()),
      clusterId: clusters.data!.clusters[0].id,
      programmeId: programme.id,
      // A quarter with redemptions would be better; any quarter of the programme's year is valid.
      settlementPeriod: `${programme.year}-Q${Math.ceil((new Date().getUTCMonth() + 1) / 3)}`,
    };
  });

  it('walks every root Query field in moderate operations within the depth limit', () => {
    const fields = walker.rootFields('Query');
    const counts = fields.map((f) => walk.operations(f, rootCall(f, targetOf('probe', orgWithId(otherTenant.organisationId).id)).args).length);
    expect(fields.length).toBeGreaterThan(10);
    expect(counts.every((n) => n >= 1)).toBe(true);
    const project = walk.operations(fields.find((f) => f.name === 'project')!, '(id: $id)', '($id: ID!)').join(' ');
    expect(project).toMatch(/history \{ .*actor \{ .*organisation \{ .*members\(first: 3\)/);
  });

  it('finds people, emails, tenants and usage when a manager walks (the detection works)', async () => {
    const seen = await walkAs(manager, [targetOf('other tenant', orgWithId(otherTenant.organisationId).id)]);
    expect(seen.unexpectedErrors).toEqual([]);
    expect(seen.emails.size).toBeGreaterThan(3);
    expect(idsOf(seen, 'User').length).toBeGreaterThan(3);
    expect(idsOf(seen, 'Organisation').length).toBeGreaterThan(3);
    expect(seen.usage.length).toBeGreaterThan(0);
  });

  it('shows a founder nothing of another tenant or the centre, whoever’s ids they pass', async () => {
    const founder = ownTenant.founder;
    const own = orgWithId(ownTenant.organisationId);
    const other = orgWithId(otherTenant.organisationId);
    const centre = demo.orgs.find((o) => o.kind === 'CENTRE')!;
    const seen = await walkAs(founder, [targetOf('own ids', own.id), targetOf('other tenant’s ids', other.id), targetOf('the centre', centre.id, other.id)]);
    expect(seen.unexpectedErrors).toEqual([]);
    expect(seen.operations).toBeGreaterThan(40);
    // The walk did reach the founder's own tenant, people and usage: the answers were not empty.
    expect(idsOf(seen, 'Organisation')).toEqual([own.id]);
    const colleagues = demo.members.get(own.id)!;
    expect(idsOf(seen, 'User').length).toBeGreaterThan(0);
    expect(idsOf(seen, 'User').filter((id) => !colleagues.some((c) => c.id === id))).toEqual([]);
    expect([...seen.emails].filter((email) => !colleagues.some((c) => c.email === email))).toEqual([]);
    expect(idsOf(seen, 'Project').length).toBeGreaterThan(0);
    const foreign = demo.orgs
      .filter((o) => o.id !== own.id)
      .flatMap((o) => [o.id, o.name, ...demo.projects.get(o.id)!.flatMap((p) => [p.id, p.name]), ...(demo.allocations.get(o.id) ?? [])]);
    expect(foreign.filter((secret) => seen.strings.has(secret))).toEqual([]);
  });

  it('shows the consultant no person but themselves', async () => {
    const consultant = await server().anonymous.signIn(STAFF.consultant);
    const seen = await walkAs(consultant, [targetOf('a tenant', orgWithId(otherTenant.organisationId).id)]);
    expect(seen.unexpectedErrors).toEqual([]);
    const self = demo.members.get(demo.orgs.find((o) => o.kind === 'CENTRE')!.id)!.find((u) => u.email === STAFF.consultant)!;
    expect(idsOf(seen, 'Organisation').length).toBeGreaterThan(3);
    expect(idsOf(seen, 'User')).toEqual([self.id]);
    expect([...seen.emails]).toEqual([STAFF.consultant]);
  });

  it.each(TOKEN_SCOPES.map((scope) => [scope]))('gives a %s token only what its scope names: no people, no emails', async (scope) => {
    const admin = await server().anonymous.signIn(STAFF.admin);
    const created = await admin.request(`mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`, {
      input: { name: `walk ${scope}`, scopes: [scope] },
    });
    const token = server().anonymous.withToken(created.data!.createApiToken.token as string);
    const seen = await walkAs(token, [targetOf('a tenant', orgWithId(otherTenant.organisationId).id)]);
    expect(seen.unexpectedErrors).toEqual([]);
    const grants = (permission: Parameters<typeof scopesHavePermission>[1]) => scopesHavePermission([scope as TokenScope], permission);
    expect(idsOf(seen, 'User')).toEqual([]);
    expect([...seen.emails]).toEqual([]);
    if (!grants('ORGANISATION_READ')) expect(idsOf(seen, 'Organisation')).toEqual([]);
    if (!grants('PROJECT_READ')) expect(idsOf(seen, 'Project')).toEqual([]);
    if (!grants('COMPUTE_READ')) expect(seen.usage.filter((path) => !PRICES_OF_WHAT_THE_SCOPE_NAMES.test(path))).toEqual([]);
    // The scope still reads what it names: the walk was not refused wholesale. (`introspection`
    // names no data at all: it may read the schema, so the walk sees no objects.)
    if (PERMISSIONS.some((permission) => grants(permission))) expect(seen.objects.size).toBeGreaterThan(0);
    else expect(seen.objects.size).toBe(0);
  });
});
