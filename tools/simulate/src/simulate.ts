import { readFileSync } from 'node:fs';
import { parseTraceCsv, simulateTrace, TraceParseError, withTimeLimits, type RunMetrics } from '@suanli/allocation';
import { ArgsError, parseArgs } from './args.js';
import { formatTable } from './report.js';

/** CLI: replays a trace through each policy and prints JSON (--json) or a table. */
function main(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv);
    let text: string;
    try {
      text = readFileSync(args.trace, 'utf8');
    } catch (e) {
      throw new ArgsError(`cannot read trace ${args.trace}: ${(e as Error).message}`);
    }
    const parsed = parseTraceCsv(text);
    const trace = args.limitsSeed !== undefined ? withTimeLimits(parsed, args.limitsSeed) : parsed;
    const results: Record<string, RunMetrics> = {};
    for (const policy of args.policies) {
      results[policy] = simulateTrace(trace, {
        nodes: args.nodes,
        cardsPerNode: args.cardsPerNode,
        ...(args.domainSize ? { domainSize: args.domainSize } : {}),
        policy,
        ...(policy === 'suanli' ? { config: args.config } : {}),
      }).metrics;
    }
    process.stdout.write(args.json ? `${JSON.stringify(results, null, 2)}\n` : `${formatTable(results)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ArgsError || e instanceof TraceParseError) {
      process.stderr.write(`simulate: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`simulate: ${(e as Error).message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
