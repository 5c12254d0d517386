import { isPolicyName, type PolicyConfig, type PolicyName } from '@suanli/allocation';

export interface SimulateArgs {
  trace: string;
  nodes: number;
  cardsPerNode: number;
  domainSize?: number;
  policies: PolicyName[];
  json: boolean;
  /** Overrides of suanli's PolicyConfig (the baselines have no knobs). */
  config: Partial<PolicyConfig>;
  /** Seed of the time-limit model (withTimeLimits) for jobs without a limit_s; absent = limits are the run times. */
  limitsSeed?: number;
}

export const USAGE = `usage: npm run -s simulate -- --trace FILE.csv --nodes N --cards-per-node C [--domain-size D] [--policy suanli,fifo,easy] [--config '{"smallOrgLaneBoost":0}'] [--limits-seed N] [--json]`;

export class ArgsError extends Error {}

/** Parses the CLI flags; every mistake is an ArgsError with a message meant for the user. */
export function parseArgs(argv: readonly string[]): SimulateArgs {
  const values = new Map<string, string>();
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--json') {
      json = true;
      continue;
    }
    if (!flag.startsWith('--')) throw new ArgsError(`unexpected argument "${flag}"\n${USAGE}`);
    const eq = flag.indexOf('=');
    if (eq > 0) {
      values.set(flag.slice(2, eq), flag.slice(eq + 1));
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new ArgsError(`${flag} needs a value\n${USAGE}`);
    values.set(flag.slice(2), value);
    i++;
  }
  const known = new Set(['trace', 'nodes', 'cards-per-node', 'domain-size', 'policy', 'config', 'limits-seed']);
  for (const k of values.keys()) if (!known.has(k)) throw new ArgsError(`unknown option --${k}\n${USAGE}`);
  const trace = values.get('trace');
  if (!trace) throw new ArgsError(`--trace is required\n${USAGE}`);
  const policies = (values.get('policy') ?? 'suanli,fifo,easy').split(',').map((p) => p.trim()).filter(Boolean);
  for (const p of policies) if (!isPolicyName(p)) throw new ArgsError(`unknown policy "${p}" (known: suanli, fifo, easy)`);
  const domain = values.get('domain-size');
  const limitsSeed = values.get('limits-seed');
  return {
    trace,
    nodes: positiveInt(values.get('nodes'), '--nodes'),
    cardsPerNode: positiveInt(values.get('cards-per-node'), '--cards-per-node'),
    ...(domain !== undefined ? { domainSize: positiveInt(domain, '--domain-size') } : {}),
    policies: policies as PolicyName[],
    json,
    config: parseConfig(values.get('config')),
    ...(limitsSeed !== undefined ? { limitsSeed: positiveInt(limitsSeed, '--limits-seed') } : {}),
  };
}

function parseConfig(raw: string | undefined): Partial<PolicyConfig> {
  if (raw === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw new ArgsError(`--config must be a JSON object, e.g. '{"smallOrgLaneBoost":0}': ${(e as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ArgsError(`--config must be a JSON object, got ${raw}`);
  return parsed as Partial<PolicyConfig>;
}

function positiveInt(raw: string | undefined, flag: string): number {
  if (raw === undefined) throw new ArgsError(`${flag} is required\n${USAGE}`);
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new ArgsError(`${flag} must be a whole number >= 1, got "${raw}"`);
  return Number(raw);
}
