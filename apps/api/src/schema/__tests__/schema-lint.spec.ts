import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `api:lint` lints docs/schema.graphql with @graphql-eslint (eslint.config.js). These cases feed
 * ESLint the committed schema with one deliberate breach and expect the rule that catches it.
 */
const ROOT = process.cwd();
const SCHEMA = readFileSync(join(ROOT, 'docs/schema.graphql'), 'utf8');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

function lintSchema(sdl: string): LintMessage[] {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', 'docs/schema.graphql', '--format', 'json'], {
    cwd: ROOT,
    input: sdl,
    encoding: 'utf8',
  });
  if (!run.stdout) throw new Error(`eslint did not run: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { messages: LintMessage[] }[])[0].messages;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (text.split(from).length !== 2) throw new Error(`expected exactly one "${from}" in the schema`);
  return text.replace(from, to);
}

describe('the schema linter', () => {
  it('passes the committed schema', () => {
    expect(lintSchema(SCHEMA)).toEqual([]);
  }, 60_000);

  it('fails a field without a description', () => {
    const undocumented = replaceOnce(SCHEMA, '"""The cluster’s id."""\n  id: ID!\n\n  """Its name, unique ignoring case."""\n', '"""The cluster’s id."""\n  id: ID!\n\n');
    const messages = lintSchema(undocumented);
    expect(messages).toEqual([expect.objectContaining({ ruleId: '@graphql-eslint/require-description' })]);
    expect(messages[0].message).toContain('"name"');
  }, 60_000);

  it('fails a connection field without forward-pagination arguments', () => {
    const paged = /( {2}"""Its projects, oldest first."""\n {2}projects)\([^)]*\)(: ProjectConnection!)/;
    expect(SCHEMA).toMatch(paged);
    const messages = lintSchema(SCHEMA.replace(paged, '$1$2'));
    expect(messages.map((m) => m.ruleId)).toContain('@graphql-eslint/relay-arguments');
  }, 60_000);
});
