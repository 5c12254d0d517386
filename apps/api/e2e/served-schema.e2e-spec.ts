import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { useApi } from '../test/use-api.js';
import { STAFF } from '../test/scenario.js';

const COMMITTED = new URL('../../../docs/schema.graphql', import.meta.url);

/**
 * The standard introspection query unwraps types 8 levels deep, past the server's query depth
 * limit; this schema wraps at most 3 deep (`[X!]!`), and buildClientSchema fails loudly on deeper.
 */
const TYPE_REF = 'fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }';
const INTROSPECTION = getIntrospectionQuery({ descriptions: true }).replace(/fragment TypeRef on __Type \{[\s\S]*$/, TYPE_REF);

/**
 * The schema the running server serves is the one committed in docs/schema.graphql (which the
 * printer writes from the same feature list): a resolver served but not printed, or printed but
 * not served, fails here.
 */
describe('the served schema', () => {
  const server = useApi();

  it('equals docs/schema.graphql', async () => {
    // Introspection may be for staff only once deployed: ask as an admin.
    const admin = await server().anonymous.signIn(STAFF.admin);
    const result = await admin.request<IntrospectionQuery>(INTROSPECTION);
    expect(result.errors).toBeUndefined();
    const served = printSchema(lexicographicSortSchema(buildClientSchema(result.data!)));
    const committed = readFileSync(COMMITTED, 'utf8').replace(/^#.*\n\n/, '').trimEnd();
    expect(served.split('\n')).toEqual(committed.split('\n'));
  });
});
