// `npm run bench:billing`: a month of metering for 195 organisations and 100,000 allocations,
// billed in one run on a real PostgreSQL (DATABASE_URL, default the local one), through the same
// services the API runs. Writes docs/benchmarks/billing.md. Not a test: it prints figures; the
// target (under 30 s on a 2-core machine) is judged by reading them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import { billingPeriod } from '@suanli/domain';
import { openDatabase } from '../../apps/api/dist/database/open-database.js';
import { DATA_MODEL } from '../../apps/api/dist/features.js';
import { billingServicesOn } from '../../apps/api/dist/billing/index.js';

const BASE = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS || 195);
const ALLOCATIONS = Number(process.env.BENCH_ALLOCATIONS || 100_000);
const MONTH = '2026-10';
const dbName = `suanli_bench_billing_${Date.now()}`;
const dbUrl = (() => { const u = new URL(BASE); u.pathname = `/${dbName}`; return u.toString(); })();

async function admin(sql) {
  const c = new pg.Client({ connectionString: BASE });
  await c.connect();
  try { return await c.query(sql); } finally { await c.end(); }
}

let peakRss = 0;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 20);

await admin(`CREATE DATABASE ${dbName}`);
const db = await openDatabase({ databaseUrl: dbUrl, dataDir: '', dbPoolSize: 8 }, { model: DATA_MODEL, migrate: true });
const q = (sql, params) => db.dataSource.query(sql, params);
try {
  const period = billingPeriod(MONTH);
  const t0 = Date.now();
  await q(`INSERT INTO organisations (name, kind, industry) SELECT 'Bench org ' || lpad(g::text, 3, '0'), (ARRAY['STARTUP','SME','LARGE_ENTERPRISE','UNIVERSITY'])[1 + g % 4], 'MANUFACTURING' FROM generate_series(1, $1) g`, [ORGANISATIONS]);
  const [manager] = await q(`INSERT INTO users (email, password_hash, display_name, role) VALUES ('bench@suanli.dev', 'x', 'Bench', 'MANAGER') RETURNING id`);
  await q(`INSERT INTO projects (organisation_id, name, cooperation_modes, stage) SELECT id, name || ' 项目', '{RENTAL}', 'INCUBATING' FROM organisations`);
  const [cluster] = await q(`INSERT INTO clusters (name) VALUES ('Bench cluster') RETURNING id`);
  await q(`INSERT INTO nodes (cluster_id, name, card_type, cards_per_node, domain_size) SELECT $1, 'n-' || g, 'Ascend 910B', 8, 8 FROM generate_series(1, 150) g`, [cluster.id]);
  await q(`INSERT INTO cards (node_id, index, domain_index, memory_gb) SELECT n.id, i, 0, 64 FROM nodes n, generate_series(0, 7) i`);
  // Two price versions inside the month, so lines split by version.
  await q(`INSERT INTO card_prices (card_type, effective_from, price_fen, market_price_fen) VALUES ('Ascend 910B', '2026-01-01T00:00:00+08:00', 1200, 1800), ('Ascend 910B', '2026-10-16T00:00:00+08:00', 1150, 1800)`);
  // Allocation i holds 1–4 of the four cards of group i % 300 in time slot i / 300 (2 h each), so holdings never overlap.
  await q(
    `WITH orgs AS (SELECT array_agg(o.id ORDER BY o.name) AS ids, array_agg(p.id ORDER BY o.name) AS projects FROM organisations o JOIN projects p ON p.organisation_id = o.id),
          cards AS (SELECT array_agg(c.id ORDER BY n.name, c.index) AS ids FROM cards c JOIN nodes n ON n.id = c.node_id),
          gen AS (SELECT i, gen_random_uuid() AS id, (i % 4) + 1 AS k, $2::timestamptz + (i / 300) * interval '2 hours' AS start_at,
                         interval '1 hour' + (i % 60) * interval '1 minute' AS length FROM generate_series(0, $3 - 1) i),
          ins AS (INSERT INTO allocation_requests (id, cluster_id, organisation_id, project_id, requested_by_id, card_type, cards, duration_s, priority, requested_priority,
                    preemptible, state, created_at, started_at, ends_at, finished_at, end_reason)
                  SELECT gen.id, $1, orgs.ids[1 + gen.i % $4], orgs.projects[1 + gen.i % $4], $5, 'Ascend 910B', gen.k, 7200,
                         CASE WHEN gen.i % 10 = 0 THEN 'ADAPTATION' ELSE 'STANDARD' END, CASE WHEN gen.i % 10 = 0 THEN 'ADAPTATION' ELSE 'STANDARD' END,
                         false, 'FINISHED', gen.start_at, gen.start_at, gen.start_at + gen.length, gen.start_at + gen.length, 'COMPLETED' FROM gen, orgs)
     INSERT INTO card_holdings (allocation_id, card_id, during)
     SELECT gen.id, cards.ids[1 + (gen.i % 300) * 4 + j], tstzrange(gen.start_at, gen.start_at + gen.length, '[)') FROM gen, cards, generate_series(0, 3) j WHERE j < gen.k`,
    [cluster.id, period.start, ALLOCATIONS, ORGANISATIONS, manager.id],
  );
  const [{ holdings }] = await q('SELECT count(*)::int AS holdings FROM card_holdings');
  const setupS = (Date.now() - t0) / 1000;
  console.log(`data: ${ORGANISATIONS} organisations, ${ALLOCATIONS} allocations, ${holdings} card holdings in ${MONTH} (${setupS.toFixed(1)} s to generate)`);

  const services = billingServicesOn(db.dataSource);
  const actor = { kind: 'user', id: manager.id, role: 'MANAGER', organisationId: null, scopes: [] };
  const rssBefore = process.memoryUsage().rss;
  peakRss = rssBefore;
  const started = process.hrtime.bigint();
  const { runId } = await services.runs.run(actor, { month: MONTH, issue: true }, new Date('2026-11-01T01:00:00+08:00'));
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  const [run] = await q('SELECT invoices_created, organisations_skipped FROM billing_runs WHERE id = $1', [runId]);
  const [{ lines, total }] = await q(`SELECT count(*)::int AS lines, sum(amount_fen)::text AS total FROM invoice_lines`);
  const [{ invoiced }] = await q(`SELECT sum(total_fen)::text AS invoiced FROM invoices`);
  const [check] = await q(`SELECT (SELECT COALESCE(sum(amount_fen), 0) FROM ledger_entries)::text AS ledger, (SELECT count(*) FROM receivable_reconciliation WHERE ledger_fen <> documents_fen)::int AS mismatches`);
  const rerunStart = process.hrtime.bigint();
  await services.runs.run(actor, { month: MONTH, issue: true }, new Date('2026-11-01T01:00:00+08:00'));
  const rerunS = Number(process.hrtime.bigint() - rerunStart) / 1e9;

  const figures = {
    wallS: wallS.toFixed(2), invoicesPerS: (run.invoices_created / wallS).toFixed(1), peakRssMb: (peakRss / 2 ** 20).toFixed(0), rssBeforeMb: (rssBefore / 2 ** 20).toFixed(0),
  };
  console.log(`billing run: ${run.invoices_created} invoices, ${lines} lines in ${figures.wallS} s (${figures.invoicesPerS} invoices/s); peak RSS ${figures.peakRssMb} MiB (before the run ${figures.rssBeforeMb} MiB)`);
  console.log(`lines add up to the invoices: ${total === invoiced}; ledger sum ${check.ledger}; receivable mismatches ${check.mismatches}; repeated run (nothing to bill) ${rerunS.toFixed(2)} s`);

  mkdirSync('docs/benchmarks', { recursive: true });
  writeFileSync('docs/benchmarks/billing.md', `# Billing benchmark

\`npm run bench:billing\` (tools/bench-billing/bench-billing.mjs): one month of metering billed in one run on a real
PostgreSQL, through the services the API runs (metering SQL, one transaction per organisation, split across payers, ledger, numbering).

Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; measured ${new Date().toISOString()}.

| input | value |
|---|---|
| organisations | ${ORGANISATIONS} |
| allocations in ${MONTH} | ${ALLOCATIONS.toLocaleString('en')} |
| card holdings | ${holdings.toLocaleString('en')} |
| price versions in the month | 2 (lines split at the change) |

| figure | value |
|---|---|
| wall time of the run | **${figures.wallS} s** (target: under 30 s) |
| invoices issued | ${run.invoices_created} (${lines} lines) |
| invoices per second | ${figures.invoicesPerS} |
| peak RSS of the Node process during the run | ${figures.peakRssMb} MiB (${figures.rssBeforeMb} MiB before) |
| lines add up to invoice totals | ${total === invoiced ? 'yes' : 'NO'} |
| ledger sums to zero / receivable mismatches | ${check.ledger === '0' ? 'yes' : 'NO'} / ${check.mismatches} |
| the same run again (everything already billed) | ${rerunS.toFixed(2)} s |

Peak RSS is sampled every 20 ms in the benchmark's own process (the API's services run in it); PostgreSQL's memory is not included.
`);
} finally {
  clearInterval(sampler);
  await db.close();
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
}
