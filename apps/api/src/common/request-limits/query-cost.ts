import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_LIST_BOUND, FIELD_COSTS, INTROSPECTION_LIST_BOUND } from './field-costs.js';

/** graphql-query-complexity estimator: 1 per field, plus declared extra, children × list bound. */
export const fieldCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const declared = FIELD_COSTS[`${type.name}.${field.name}`] ?? (field.name === 'userErrors' ? FIELD_COSTS['*.userErrors'] : undefined);
  const extra = typeof declared?.cost === 'function' ? declared.cost(args) : (declared?.cost ?? 0);
  const own = 1 + extra;
  if (childComplexity === 0) return own;
  let multiplier = 1;
  if (declared?.multiplier) multiplier = declared.multiplier(args);
  else if (typeof args.first === 'number') multiplier = args.first;
  else if (type.name.endsWith('Connection') && field.name === 'edges') multiplier = 1; // the connection field counted `first`
  else if (isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type))) {
    multiplier = declared?.maxItems ?? (type.name.startsWith('__') ? INTROSPECTION_LIST_BOUND : DEFAULT_LIST_BOUND);
  }
  return own + Math.max(1, multiplier) * childComplexity;
};

export interface OperationMeasure {
  /** Estimated cost (see field-costs.ts). */
  cost: number;
  /** Aliased fields anywhere in the document. */
  aliases: number;
  /** `signIn` fields anywhere in the document. */
  signIns: number;
  /** Mutation root fields the chosen operation runs (fragments at the root included). */
  mutationFields: number;
  /** Asks for `__schema` or `__type`. */
  introspection: boolean;
  /** The chosen operation's type; undefined when the name matches none (execution will say so). */
  operationType: 'query' | 'mutation' | 'subscription' | undefined;
}

/** Thrown by measureOperation when the operation has more selections than allowed. */
export class TooManySelectionsError extends Error {}

/**
 * Measures are remembered per parsed document (Mercurius keeps one document object per query
 * text in its cache) and per operation name and variables: measuring costs more than a cached
 * page, and the web app sends the same few documents with the same few variables all day.
 */
const remembered = new WeakMap<DocumentNode, Map<string, OperationMeasure>>();
const REMEMBERED_PER_DOCUMENT = 64;

export function measureOperationCached(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  maxSelections: number,
): OperationMeasure {
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? null)}`;
  let byKey = remembered.get(document);
  const hit = byKey?.get(key);
  if (hit) return hit;
  const measure = measureOperation(schema, document, variables, operationName, maxSelections);
  if (!byKey) remembered.set(document, (byKey = new Map()));
  if (byKey.size >= REMEMBERED_PER_DOCUMENT) byKey.delete(byKey.keys().next().value!);
  byKey.set(key, measure);
  return measure;
}

/**
 * Everything the request limits look at, from the parsed and validated document, before any
 * resolver runs. `maxSelections` bounds the expanded walk (fragments spread many times count each time).
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  maxSelections: number,
): OperationMeasure {
  const counts = staticCounts(document);
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, variables, operationName, estimators: [fieldCostEstimator], maxQueryNodes: maxSelections + 1 });
  } catch (error) {
    if (error instanceof Error && error.message.includes('maximum allowed number of nodes')) throw new TooManySelectionsError(error.message);
    throw error;
  }
  const operation = chosenOperation(document, operationName);
  const mutationFields = operation?.operation === 'mutation' ? rootFieldCount(operation.selectionSet, fragmentsOf(document), new Set()) : 0;
  return { cost, ...counts, mutationFields, operationType: operation?.operation };
}

function staticCounts(document: DocumentNode): Pick<OperationMeasure, 'aliases' | 'signIns' | 'introspection'> {
  let aliases = 0;
  let signIns = 0;
  let introspection = false;
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        if (selection.name.value === 'signIn') signIns += 1;
        if (selection.name.value === '__schema' || selection.name.value === '__type') introspection = true;
      }
      if (selection.kind !== Kind.FRAGMENT_SPREAD) walk(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) walk(definition.selectionSet);
  }
  return { aliases, signIns, introspection };
}

function chosenOperation(document: DocumentNode, operationName: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
}

/** Root fields by response name: a fragment spread twice runs its fields once. */
function rootFieldCount(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  const names = new Set<string>();
  const collect = (s: SelectionSetNode) => {
    for (const selection of s.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') names.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(set);
  return names.size;
}
