import { buildSchema } from 'graphql';
import { RESPONSE_CACHE_MAX_AGE, RESPONSE_CACHE_NEUTRAL } from '../cache-for.decorator.js';
import { CachePolicies } from '../cache-policy.js';

const schema = buildSchema(`
  type Query { projects: [String] pipeline: [String] me: String }
  type Mutation { apply: String signIn: String }
`);
const fields = schema.getQueryType()!.getFields();
(fields.projects as { extensions: Record<string, unknown> }).extensions = { [RESPONSE_CACHE_MAX_AGE]: 5 };
(schema.getMutationType()!.getFields().signIn as { extensions: Record<string, unknown> }).extensions = { [RESPONSE_CACHE_NEUTRAL]: true };
(fields.pipeline as { extensions: Record<string, unknown> }).extensions = { [RESPONSE_CACHE_MAX_AGE]: 2 };

describe('response cache policy', () => {
  const policies = new CachePolicies(() => schema);

  it('caches a query whose root fields are all marked, for the shortest max-age', () => {
    expect(policies.of('{ projects }', undefined)).toEqual({ kind: 'cacheable', maxAgeMs: 5000 });
    expect(policies.of('{ __typename projects pipeline }', undefined)).toEqual({ kind: 'cacheable', maxAgeMs: 2000 });
  });

  it('does not cache a query with an unmarked field, a root fragment, introspection or bad syntax', () => {
    expect(policies.of('{ projects me }', undefined)).toEqual({ kind: 'uncached' });
    expect(policies.of('{ ...F } fragment F on Query { projects }', undefined)).toEqual({ kind: 'uncached' });
    expect(policies.of('{ __schema { types { name } } }', undefined)).toEqual({ kind: 'uncached' });
    expect(policies.of('{ __typename }', undefined)).toEqual({ kind: 'uncached' });
    expect(policies.of('{ projects', undefined)).toEqual({ kind: 'uncached' });
  });

  it('treats any document with a mutation as a write, whichever operation is chosen', () => {
    const doc = 'query A { projects } mutation B { apply }';
    expect(policies.of(doc, 'B')).toEqual({ kind: 'mutation' });
    expect(policies.of(doc, 'A')).toEqual({ kind: 'mutation' });
    expect(policies.of('mutation { signIn apply }', undefined)).toEqual({ kind: 'mutation' });
  });

  it('lets a mutation marked neutral (signing in) leave the cache alone', () => {
    expect(policies.of('mutation { signIn }', undefined)).toEqual({ kind: 'uncached' });
  });

  it('picks the named operation and refuses an ambiguous document', () => {
    const doc = 'query A { projects } query B { me }';
    expect(policies.of(doc, 'A')).toEqual({ kind: 'cacheable', maxAgeMs: 5000 });
    expect(policies.of(doc, 'B')).toEqual({ kind: 'uncached' });
    expect(policies.of(doc, undefined)).toEqual({ kind: 'uncached' });
  });
});
