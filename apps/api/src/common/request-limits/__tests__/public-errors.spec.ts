import { GraphQLError } from 'graphql';
import { withPublicErrors } from '../public-errors.js';

const formatter = (execution: { data?: unknown; errors: readonly GraphQLError[] }) => ({
  statusCode: 200,
  response: { data: execution.data ?? null, errors: execution.errors.map((e) => ({ message: e.message, extensions: e.extensions as Record<string, unknown> })) },
});
type Format = (execution: { data: unknown; errors: GraphQLError[] }, context: never) => ReturnType<typeof formatter>;
const run = (production: boolean, errors: GraphQLError[], data: unknown = null) =>
  (withPublicErrors(formatter as never, production) as unknown as Format)({ data, errors }, undefined as never);

describe('public error messages', () => {
  const typo = new GraphQLError('Cannot query field "emial" on type "User". Did you mean "email"?', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  const enumTypo = new GraphQLError('Value "INCUBATIN" does not exist in "ProjectStage" enum. Did you mean the enum value "INCUBATING"?');

  it('drops schema suggestions in production only', () => {
    expect(run(true, [typo, enumTypo]).response.errors.map((e) => e.message)).toEqual([
      'Cannot query field "emial" on type "User".',
      'Value "INCUBATIN" does not exist in "ProjectStage" enum.',
    ]);
    expect(run(false, [typo]).response.errors[0].message).toContain('Did you mean "email"?');
  });

  it('answers a timed-out operation with one TIMEOUT error and no partial data', () => {
    const timeout = new GraphQLError('too slow', { extensions: { code: 'TIMEOUT', timeoutMs: 5 } });
    const result = run(false, [timeout, timeout, typo], { clusters: [null] });
    expect(result.response).toEqual({ data: null, errors: [{ message: 'too slow', extensions: { code: 'TIMEOUT', timeoutMs: 5 } }] });
  });

  it('reports the parser token limit as QUERY_TOO_COMPLEX with HTTP 400', () => {
    const result = run(true, [new GraphQLError('Syntax Error: Document contains more that 4000 tokens. Parsing aborted.')]);
    expect(result.statusCode).toBe(400);
    expect(result.response.errors).toEqual([{ message: 'The query document has too many tokens', extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'TOKENS' } }]);
  });
});
