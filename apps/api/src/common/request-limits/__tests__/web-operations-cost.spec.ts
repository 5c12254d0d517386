import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the test measures the very documents the web app sends; nothing ships this import
import * as webDocuments from '../../../../../web/src/gql/graphql.js';
import { DEFAULT_REQUEST_LIMITS } from '../request-limits.config.js';
import { measureOperation } from '../query-cost.js';

const ROOT = resolve(import.meta.dirname, '../../../../../..');
const schema = buildSchema(readFileSync(resolve(ROOT, 'docs/schema.graphql'), 'utf8'));

/** The largest value the server accepts for the size arguments the web app passes as variables. */
const WORST_CASE_INTS: Record<string, number> = { first: 500, perStage: 100, days: 366 };

/** A valid value of the variable's type, the worst case for size arguments. */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type, field.name)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'Int':
      return WORST_CASE_INTS[name] ?? 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    default:
      return 'x';
  }
}

const operations = Object.entries(webDocuments as Record<string, unknown>)
  .filter(([name]) => name.endsWith('Document'))
  .map(([name, document]) => {
    const doc = document as DocumentNode;
    const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sampleValue(typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value)]),
    );
    return { name, operation: operation.operation, measure: measureOperation(schema, doc, variables, undefined, DEFAULT_REQUEST_LIMITS.maxSelections) };
  });

describe('the operations the web app sends stay well inside the request limits', () => {
  it('finds the generated documents', () => {
    expect(operations.length).toBeGreaterThan(25);
    expect(operations.map((o) => o.name)).toEqual(expect.arrayContaining(['ClusterGridDocument', 'ProjectsDocument', 'SignInDocument']));
  });

  it('costs at most half the cap, with the largest page sizes the server accepts', () => {
    const table = operations.map((o) => `${o.name.replace(/Document$/, '')}: ${o.measure.cost}`).sort();
    // The figures in the report come from here: `--verbose` prints them.
    console.info(`web operation costs (cap ${DEFAULT_REQUEST_LIMITS.maxCost}):\n${table.join('\n')}`);
    const over = operations.filter((o) => o.measure.cost > DEFAULT_REQUEST_LIMITS.maxCost / 2).map((o) => `${o.name}: ${o.measure.cost}`);
    expect(over).toEqual([]);
  });

  it('uses few aliases, one sign-in at most, and no introspection', () => {
    for (const { name, measure } of operations) {
      expect({ name, aliases: measure.aliases <= DEFAULT_REQUEST_LIMITS.maxAliases / 2, signIns: measure.signIns <= 1, introspection: measure.introspection }).toEqual({
        name,
        aliases: true,
        signIns: true,
        introspection: false,
      });
    }
  });

  it('keeps sign-in within the anonymous cap', () => {
    const signIn = operations.find((o) => o.name === 'SignInDocument')!;
    expect(signIn.measure.cost).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.maxCostAnonymous / 2);
  });
});
