import type { PriorityClass } from '../model/types.js';

export interface TraceJob {
  readonly id: string;
  readonly org: string;
  readonly submitS: number;
  /** Run time: the job ends this long after it starts. */
  readonly durationS: number;
  /**
   * The time limit the user asked for (optional `limit_s` column; withTimeLimits draws one).
   * Policies plan with it (or a prediction), the job still ends at its run time. None = the
   * run time is the limit (exact limits, the simulator's behaviour before time limits).
   */
  readonly limitS?: number;
  readonly cards: number;
  /** Optional columns `priority` and `preemptible`; the Philly trace has neither. */
  readonly priority: PriorityClass;
  readonly preemptible: boolean;
  readonly line: number;
}

export interface TraceRowError {
  readonly line: number;
  readonly message: string;
}

export class TraceParseError extends Error {
  constructor(readonly errors: readonly TraceRowError[], readonly totalBadRows: number) {
    const shown = errors.map((e) => `  line ${e.line}: ${e.message}`).join('\n');
    const more = totalBadRows > errors.length ? `\n  ... and ${totalBadRows - errors.length} more bad rows` : '';
    super(`trace has ${totalBadRows} bad row${totalBadRows === 1 ? '' : 's'}:\n${shown}${more}`);
    this.name = 'TraceParseError';
  }
}

const REQUIRED = ['job_id', 'org', 'submit_s', 'duration_s', 'cards'] as const;
const PRIORITIES: readonly PriorityClass[] = ['ADAPTATION', 'STANDARD', 'URGENT'];
const MAX_REPORTED = 20;

/**
 * Parses `job_id,org,submit_s,duration_s,cards` (header required, any column order, extra
 * columns ignored, no quoted fields). Every bad row is reported with its 1-based file line;
 * one bad row fails the whole parse, because a silently shortened trace gives wrong results.
 */
export function parseTraceCsv(text: string): TraceJob[] {
  const lines = text.split('\n');
  const header = (lines[0] ?? '').replace(/\r$/, '').replace(/^\uFEFF/, '').split(',').map((h) => h.trim());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new TraceParseError([{ line: 1, message: `header lacks column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected ${REQUIRED.join(',')})` }], 1);
  }
  const col = Object.fromEntries(REQUIRED.map((c) => [c, header.indexOf(c)])) as Record<(typeof REQUIRED)[number], number>;
  const priorityCol = header.indexOf('priority');
  const preemptibleCol = header.indexOf('preemptible');
  const limitCol = header.indexOf('limit_s');
  const width = Math.max(...Object.values(col)) + 1;

  const jobs: TraceJob[] = [];
  const errors: TraceRowError[] = [];
  let bad = 0;
  const seen = new Set<string>();
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw.trim() === '') continue;
    const line = i + 1;
    const f = raw.split(',').map((x) => x.trim());
    const problem = rowProblem(f, width, col, seen, priorityCol, preemptibleCol) ?? limitProblem(f, limitCol, col);
    if (problem) {
      bad++;
      if (errors.length < MAX_REPORTED) errors.push({ line, message: problem });
      continue;
    }
    const id = f[col.job_id]!;
    seen.add(id);
    jobs.push({
      id,
      org: f[col.org]!,
      submitS: Number(f[col.submit_s]),
      durationS: Number(f[col.duration_s]),
      cards: Number(f[col.cards]),
      priority: priorityCol >= 0 && f[priorityCol] ? (f[priorityCol] as PriorityClass) : 'STANDARD',
      preemptible: preemptibleCol >= 0 ? f[preemptibleCol] === 'true' || f[preemptibleCol] === '1' : false,
      ...(limitCol >= 0 && f[limitCol] ? { limitS: Number(f[limitCol]) } : {}),
      line,
    });
  }
  if (bad > 0) throw new TraceParseError(errors, bad);
  if (jobs.length === 0) throw new TraceParseError([{ line: 1, message: 'trace has a header but no jobs' }], 1);
  return jobs;
}

function rowProblem(
  f: string[],
  width: number,
  col: Record<(typeof REQUIRED)[number], number>,
  seen: Set<string>,
  priorityCol: number,
  preemptibleCol: number,
): string | null {
  if (f.length < width) return `expected at least ${width} columns, got ${f.length}`;
  const id = f[col.job_id]!;
  if (!id) return 'job_id is empty';
  if (seen.has(id)) return `job_id ${id} appears twice`;
  if (!f[col.org]) return 'org is empty';
  const submit = f[col.submit_s]!;
  if (!isNumber(submit) || Number(submit) < 0) return `submit_s must be a number >= 0, got "${submit}"`;
  const duration = f[col.duration_s]!;
  if (!isNumber(duration) || Number(duration) < 0) return `duration_s must be a number >= 0, got "${duration}"`;
  const cards = f[col.cards]!;
  if (!/^\d+$/.test(cards) || Number(cards) < 1) return `cards must be a whole number >= 1, got "${cards}"`;
  if (priorityCol >= 0 && f[priorityCol] && !PRIORITIES.includes(f[priorityCol] as PriorityClass)) {
    return `priority must be one of ${PRIORITIES.join(', ')}, got "${f[priorityCol]}"`;
  }
  if (preemptibleCol >= 0 && f[preemptibleCol] && !['true', 'false', '0', '1'].includes(f[preemptibleCol]!)) {
    return `preemptible must be true or false, got "${f[preemptibleCol]}"`;
  }
  return null;
}

/** A limit, when given, is a number of seconds no shorter than the run (jobs end by their limit). */
function limitProblem(f: string[], limitCol: number, col: Record<(typeof REQUIRED)[number], number>): string | null {
  const limit = limitCol >= 0 ? f[limitCol] : undefined;
  if (!limit) return null;
  if (!isNumber(limit) || Number(limit) < Number(f[col.duration_s])) return `limit_s must be a number >= duration_s, got "${limit}"`;
  return null;
}

function isNumber(s: string): boolean {
  return s !== '' && Number.isFinite(Number(s));
}
