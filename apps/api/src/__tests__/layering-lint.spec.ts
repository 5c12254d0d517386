import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = join(SRC, '../../..');
const TAG = `lint-probe-${process.pid}`;

/** Deliberate breaches (and correct imports beside them), written into the tree for one ESLint run. */
const PROBES: Record<string, string> = {
  [`common/graphql/${TAG}.ts`]: `import { ProjectEntity } from '../../projects/index.js';\nexport const probe = ProjectEntity;\n`,
  [`config/${TAG}.ts`]: `import { FEATURES } from '../features.js';\nexport const probe = FEATURES;\n`,
  [`allocations/${TAG}.ts`]: [
    `import { ProjectEntity } from '../projects/entities/project.entity.js';`,
    `import { Project } from '../projects/index.js';`,
    `import { throughCache } from '../common/graphql/shared-caches.js';`,
    `export const probe = [ProjectEntity, Project, throughCache];`,
    '',
  ].join('\n'),
  [`${TAG}/a.ts`]: `import { b } from './b.js';\nexport const a = () => b;\n`,
  [`${TAG}/b.ts`]: `import { a } from './a.js';\nexport const b = () => a;\n`,
};

interface LintMessage {
  ruleId: string | null;
  line: number;
  message: string;
}

async function lintProbes(): Promise<Map<string, LintMessage[]>> {
  const files = Object.keys(PROBES).map((file) => join(SRC, file));
  for (const [file, text] of Object.entries(PROBES)) {
    mkdirSync(dirname(join(SRC, file)), { recursive: true });
    writeFileSync(join(SRC, file), text);
  }
  try {
    const eslint = join(ROOT, 'node_modules/.bin/eslint');
    const report = join(tmpdir(), `${TAG}.json`);
    // ESLint exits 1 when it reports errors, which is what the probes are for.
    await promisify(execFile)(eslint, ['--format', 'json', '--output-file', report, ...files], { cwd: ROOT }).catch(() => undefined);
    const results = JSON.parse(readFileSync(report, 'utf8')) as { filePath: string; messages: LintMessage[] }[];
    rmSync(report, { force: true });
    return new Map(results.map((r) => [relative(SRC, r.filePath), r.messages]));
  } finally {
    for (const file of files) rmSync(file, { force: true });
    rmSync(join(SRC, TAG), { recursive: true, force: true });
  }
}

/** The lint rules of apps/api/eslint.layers.js report each kind of breach, and pass what is allowed. */
describe('API layering lint', () => {
  let reports: Map<string, LintMessage[]>;

  beforeAll(async () => {
    reports = await lintProbes();
  }, 120_000);

  const rulesAt = (file: string) => (reports.get(file) ?? []).map((m) => `${m.line} ${m.ruleId}`);

  it('reports a feature imported from common/', () => {
    expect(rulesAt(`common/graphql/${TAG}.ts`)).toEqual(['1 import-x/no-restricted-paths']);
  });

  it('reports the app-level feature list imported from config/', () => {
    expect(rulesAt(`config/${TAG}.ts`)).toEqual(['1 import-x/no-restricted-paths']);
  });

  it('reports a feature reached past its index.ts, and passes its index and common/', () => {
    expect(rulesAt(`allocations/${TAG}.ts`)).toEqual(['1 import-x/no-restricted-paths']);
    expect(reports.get(`allocations/${TAG}.ts`)![0].message).toContain('projects/index.ts');
  });

  it('reports an import cycle', () => {
    expect(rulesAt(`${TAG}/a.ts`)).toContain('1 import-x/no-cycle');
  });
});
