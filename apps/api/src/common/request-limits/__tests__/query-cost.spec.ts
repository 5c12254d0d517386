import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { buildSchema, parse } from 'graphql';
import { DEFAULT_LIST_BOUND, FIELD_COSTS } from '../field-costs.js';
import { measureOperation, measureOperationCached, TooManySelectionsError } from '../query-cost.js';

const schema = buildSchema(readFileSync(resolve(import.meta.dirname, '../../../../../../docs/schema.graphql'), 'utf8'));
const measure = (query: string, variables: Record<string, unknown> = {}, operationName?: string, maxSelections = 2_000) =>
  measureOperation(schema, parse(query), variables, operationName, maxSelections);
const aliases = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

describe('query cost', () => {
  it('counts one per field and multiplies what a connection selects by `first`', () => {
    expect(measure('{ me { id } }').cost).toBe(2);
    const page = (first: number) => measure(`query ($first: Int!) { projects(first: $first) { edges { node { id name } } } }`, { first }).cost;
    // projects + first × (edges + node + id + name)
    expect(page(10)).toBe(1 + 10 * 4);
    expect(page(100)).toBe(1 + 100 * 4);
  });

  it('bounds lists without `first` by their declared real size', () => {
    const grid = measure('{ clusters { nodes { cards { id } } } }').cost;
    const { maxItems: clusters } = FIELD_COSTS['Query.clusters'];
    const { maxItems: nodes } = FIELD_COSTS['Cluster.nodes'];
    const { maxItems: cards } = FIELD_COSTS['ComputeNode.cards'];
    expect(grid).toBe(1 + clusters! * (1 + nodes! * (1 + cards! * 1)));
  });

  it('makes usage cost grow with the days asked for', () => {
    const usage = (days: number) => measure(`query ($days: Int!) { usage(days: $days) { totalCardHours } }`, { days }).cost;
    expect(usage(14)).toBeLessThan(usage(30));
    expect(usage(366)).toBeGreaterThan(20 * usage(14));
  });

  it('is monotonic: more aliases of the same selection never cost less, and cost adds up', () => {
    const fields = ['me { id }', 'clusters { id nodes { id } }', 'usage(days: 30) { totalCardHours }', 'projects(first: 20) { totalCount }'];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), (field, m, n) => {
        const one = measure(`{ ${aliases(1, field)} }`).cost;
        const [a, b] = [measure(`{ ${aliases(m, field)} }`).cost, measure(`{ ${aliases(m + n, field)} }`).cost];
        return a === m * one && b === (m + n) * one && b > a;
      }),
    );
  });

  it('assumes an undeclared list of objects is long', () => {
    // Query.allocationQueue has `first`; Project.history is declared; an undeclared list gets the default.
    const s = buildSchema('type Query { things: [Thing!]! } type Thing { id: ID! }');
    expect(measureOperation(s, parse('{ things { id } }'), {}, undefined, 100).cost).toBe(1 + DEFAULT_LIST_BOUND);
  });

  it('counts fragments each time they are spread, so they cannot hide cost', () => {
    const direct = measure('{ a: clusters { nodes { id } } b: clusters { nodes { id } } }').cost;
    const viaFragment = measure('{ a: clusters { ...N } b: clusters { ...N } } fragment N on Cluster { nodes { id } }').cost;
    expect(viaFragment).toBe(direct);
  });

  it('counts aliases, sign-ins and introspection anywhere in the document, fragments included', () => {
    expect(measure(`{ ${aliases(7, '__typename')} }`).aliases).toBe(7);
    expect(
      measure('mutation { ...A ...B } fragment A on Mutation { signIn(input: { email: "a", password: "b" }) { token } } fragment B on Mutation { b: signIn(input: { email: "a", password: "c" }) { token } }')
        .signIns,
    ).toBe(2);
    expect(measure('{ ...F } fragment F on Query { __type(name: "User") { name } }').introspection).toBe(true);
    expect(measure('{ __typename me { __typename } }').introspection).toBe(false);
  });

  it('counts the mutation fields the chosen operation runs, through fragments, by response name', () => {
    const doc = `query Q { me { id } } mutation M { a: cancelAllocationRequest(input: { id: "x" }) { userErrors { code } } ...F ...F }
      fragment F on Mutation { b: finishAllocation(input: { id: "x" }) { userErrors { code } } }`;
    expect(measure(doc, {}, 'M')).toMatchObject({ mutationFields: 2, operationType: 'mutation' });
    expect(measure(doc, {}, 'Q')).toMatchObject({ mutationFields: 0, operationType: 'query' });
  });

  it('refuses to walk more selections than allowed, fragments expanded', () => {
    const bomb = `{ ...A ...A } fragment A on Query { ${aliases(30, 'me { id displayName email }')} }`;
    expect(() => measure(bomb, {}, undefined, 100)).toThrow(TooManySelectionsError);
    expect(() => measure('{ me { id } }', {}, undefined, 100)).not.toThrow();
  });

  it('remembers a measure per document, operation and variables', () => {
    const doc = parse(`query ($first: Int!) { projects(first: $first) { totalCount } }`);
    const ten = measureOperationCached(schema, doc, { first: 10 }, undefined, 100);
    expect(measureOperationCached(schema, doc, { first: 10 }, undefined, 100)).toBe(ten);
    expect(measureOperationCached(schema, doc, { first: 90 }, undefined, 100).cost).toBeGreaterThan(ten.cost);
    expect(ten).toEqual(measureOperation(schema, doc, { first: 10 }, undefined, 100));
  });
});
