import type { GraphQLClient } from '../test/graphql-client.js';
import { LOAD_TEST_LIMITS } from '../test/api-server.js';
import { useApi } from '../test/use-api.js';
import { SchemaWalker } from './schema-walk.js';
import { STAFF } from '../test/scenario.js';

/** Sign-in, and the invitation link (whose 256-bit token is the credential). */
const PUBLIC_FIELDS = new Set(['Mutation.signIn', 'Query.invitation', 'Mutation.acceptInvitation']);

describe('every root field is guarded', () => {
  // The walk sends every mutation in a row from one anonymous caller: more than the mutation burst
  // a person gets (request-limits.e2e-spec proves those limits); the guard is what is checked here.
  const server = useApi({ env: LOAD_TEST_LIMITS });
  let anonymous: GraphQLClient;
  let walker: SchemaWalker;

  beforeAll(async () => {
    anonymous = server().anonymous;
    // Introspection may be for staff only once deployed: load the schema as an admin, probe anonymously.
    walker = await SchemaWalker.load(await anonymous.signIn(STAFF.admin));
  });

  it('finds the root fields to check', () => {
    expect(walker.rootFields('Query').length).toBeGreaterThan(5);
    expect(walker.rootFields('Mutation').length).toBeGreaterThan(3);
  });

  for (const root of ['Query', 'Mutation'] as const) {
    it(`refuses every ${root} field without a sign-in (except public ones)`, async () => {
      const id = '00000000-0000-4000-8000-000000000000';
      for (const field of walker.rootFields(root)) {
        if (PUBLIC_FIELDS.has(`${root}.${field.name}`)) continue;
        const result = await anonymous.request(walker.operation(root, field, { id }));
        expect({ field: field.name, code: result.errors?.[0]?.extensions?.code }).toEqual({
          field: field.name,
          code: 'UNAUTHENTICATED',
        });
        expect(result.data?.[field.name] ?? null).toBeNull();
      }
    });
  }

  it('rejects an integration token on fields its scopes do not grant', async () => {
    const admin = await anonymous.signIn(STAFF.admin);
    const created = await admin.request(
      `mutation { createApiToken(input: { name: "bi-tool", scopes: ["read:projects"] }) { token userErrors { code } } }`,
    );
    const token = created.data!.createApiToken.token as string;
    expect(token).toMatch(/^slk_/);
    const bi = anonymous.withToken(token);
    const projects = await bi.request(`{ projects(first: 5) { totalCount } }`);
    expect(projects.data!.projects.totalCount).toBeGreaterThan(0);
    const orgs = await bi.request(`{ organisations { totalCount } }`);
    expect(orgs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const move = await bi.request(
      `mutation { transitionProject(input: { projectId: "00000000-0000-4000-8000-000000000000", toStage: SCREENING, reason: "bot" }) { userErrors { code } } }`,
    );
    expect(move.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
