import { Kind, parse, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { RESPONSE_CACHE_MAX_AGE, RESPONSE_CACHE_NEUTRAL } from './cache-for.decorator.js';

const MEMO_MAX_CHARS = 16 * 1024;

/** What the cache may do with one operation. */
export type CachePolicy =
  | { kind: 'cacheable'; maxAgeMs: number }
  /** A query with a root field that is not marked @CacheFor (or a document that does not parse). */
  | { kind: 'uncached' }
  /** Writes: the cache is emptied before and after them. */
  | { kind: 'mutation' };

/**
 * Decides per (document, operation name) whether a response may be cached and for how long: a
 * query is cacheable when every root field carries @CacheFor; the shortest max-age wins.
 * Decisions are memoised by document text, as Mercurius memoises parsing.
 */
export class CachePolicies {
  /** Bounded by size too: the texts come from callers not yet authenticated. */
  private readonly decided = new LRUCache<string, CachePolicy>({ max: 2_000, maxSize: 4 * 1024 * 1024, sizeCalculation: (_policy, key) => key.length + 1 });

  constructor(private readonly schema: () => GraphQLSchema) {}

  of(query: string, operationName: string | undefined): CachePolicy {
    const key = `${operationName ?? ''}\n${query}`;
    let policy = this.decided.get(key);
    if (!policy) {
      policy = this.decide(query, operationName);
      // Our clients' documents are a few KB; a huge one is decided afresh rather than kept.
      if (key.length <= MEMO_MAX_CHARS) this.decided.set(key, policy);
    }
    return policy;
  }

  private decide(query: string, operationName: string | undefined): CachePolicy {
    let document: DocumentNode;
    try {
      document = parse(query, { noLocation: true });
    } catch {
      return { kind: 'uncached' };
    }
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
    // Any document that mentions a mutation is treated as one: a wrong guess only costs a cache flush.
    const mutations = operations.filter((o) => o.operation === 'mutation');
    if (mutations.length > 0) return mutations.every((m) => this.neutral(m.selectionSet)) ? { kind: 'uncached' } : { kind: 'mutation' };
    if (!operation || operation.operation !== 'query') return { kind: 'uncached' };
    const maxAgeS = this.rootMaxAge(operation.selectionSet);
    return maxAgeS == null ? { kind: 'uncached' } : { kind: 'cacheable', maxAgeMs: maxAgeS * 1000 };
  }

  /** True when every root field of a mutation is marked @CacheNeutral. */
  private neutral(selectionSet: SelectionSetNode): boolean {
    const fields = this.schema().getMutationType()?.getFields() ?? {};
    return selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && (s.name.value === '__typename' || fields[s.name.value]?.extensions?.[RESPONSE_CACHE_NEUTRAL] === true),
    );
  }

  /** The shortest max-age over the root fields, or null when one of them is not cacheable. */
  private rootMaxAge(selectionSet: SelectionSetNode): number | null {
    const fields = this.schema().getQueryType()?.getFields() ?? {};
    let shortest = Number.POSITIVE_INFINITY;
    for (const selection of selectionSet.selections) {
      // Fragments at the root are rare in our clients; not caching them is always safe.
      if (selection.kind !== Kind.FIELD) return null;
      const name = selection.name.value;
      if (name === '__typename') continue;
      const maxAge = fields[name]?.extensions?.[RESPONSE_CACHE_MAX_AGE];
      if (typeof maxAge !== 'number') return null;
      shortest = Math.min(shortest, maxAge);
    }
    return Number.isFinite(shortest) ? shortest : null;
  }
}
