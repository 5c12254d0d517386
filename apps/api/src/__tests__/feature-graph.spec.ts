import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURES } from '../features.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAMES = new Set<string>(FEATURES.map((f) => f.name));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Which feature folders each feature folder imports (tests included). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>([...NAMES].map((name) => [name, new Set<string>()]));
  for (const name of NAMES) {
    for (const file of sourceFiles(join(SRC, name))) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = relative(SRC, join(dirname(file), spec)).split('/')[0];
        if (target !== name && NAMES.has(target)) graph.get(name)!.add(target);
      }
    }
  }
  return graph;
}

/** One cycle of the graph, as a path that returns to its start, or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, path: string[]): string[] | null => {
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    if (state.get(node) === 'done') return null;
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next, [...path, node]);
      if (cycle) return cycle;
    }
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node, []);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * Lint's no-cycle follows modules; two folders can still lean on each other through files that do
 * not import each other. Features form layers: compute below allocations, organisations below projects.
 */
describe('feature folders', () => {
  it('import each other without a cycle', () => {
    const graph = folderGraph();
    expect([...graph.get('allocations')!]).toEqual(expect.arrayContaining(['compute', 'projects']));
    expect(findCycle(graph)).toBeNull();
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['compute', new Set(['organisations'])],
      ['allocations', new Set(['compute'])],
      ['organisations', new Set(['allocations'])],
    ]);
    expect(findCycle(graph)).toEqual(['compute', 'organisations', 'allocations', 'compute']);
  });
});
