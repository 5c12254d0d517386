import { writeFileSync } from 'node:fs';
import { generateWorkload, toCsv, WORKLOADS } from './workload.js';

/** Writes a named generated workload as a trace CSV: node dist/generate.js NAME SEED OUT.csv */
const [name, seed, out] = process.argv.slice(2);
const spec = name ? WORKLOADS[name] : undefined;
if (!spec || !seed || !out) {
  process.stderr.write(`usage: node tools/bench-allocation/dist/generate.js <${Object.keys(WORKLOADS).join('|')}> SEED OUT.csv\n`);
  process.exitCode = 2;
} else {
  writeFileSync(out, toCsv(generateWorkload({ ...spec, seed: Number(seed) })));
  process.stderr.write(`wrote ${out} (${spec.jobs} jobs, ${spec.totalCards} cards)\n`);
}
