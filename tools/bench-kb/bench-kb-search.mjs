// `npm run bench:kb`: knowledge-base search timings for 20 and 2,000 published articles, on a real
// PostgreSQL (DATABASE_URL, default the local one) and on the embedded PGlite, through the same
// SQL the API runs (KbSearchService). Writes docs/benchmarks/kb-search.md. Not a test: it prints
// figures; docs/adr/0017-knowledge-base-search.md reads them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../apps/api/dist/database/open-database.js';
import { DATA_MODEL } from '../../apps/api/dist/features.js';
import { KbSearchService } from '../../apps/api/dist/knowledge-base/index.js';
import { DEMO_KB_ARTICLES } from '../../apps/api/dist/knowledge-base/seed/kb-demo.data.js';
import { searchTextOf } from '../../apps/api/dist/knowledge-base/kb-rules.js';

const BASE = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = [20, 2000];
const RUNS = Number(process.env.BENCH_RUNS || 30);
const SEARCHES = ['算力券', '算力券申请', '高新技术企业', '蓉漂', '昇腾算子', 'data export', 'compute voucher'];
const SUGGESTIONS = ['我想申请成都的算力券，需要准备哪些材料？', 'Can we export model weights trained on patient data abroad?'];

async function admin(sql) {
  const c = new pg.Client({ connectionString: BASE });
  await c.connect();
  try { return await c.query(sql); } finally { await c.end(); }
}

/** n published articles: the twenty demo ones, then recombinations of their paragraphs (so text stays realistic Chinese and English). */
async function fill(q, n) {
  const [author] = await q(`INSERT INTO users (email, password_hash, display_name, role) VALUES ('bench-${n}@suanli.dev', 'x', 'Bench', 'CONSULTANT') RETURNING id`);
  await q(`DELETE FROM kb_articles`);
  const paragraphs = (lang) => DEMO_KB_ARTICLES.flatMap((a) => a[`body${lang}`].split('\n\n'));
  const zh = paragraphs('Zh');
  const en = paragraphs('En');
  for (let i = 0; i < n; i += 1) {
    const demo = DEMO_KB_ARTICLES[i % DEMO_KB_ARTICLES.length];
    const mix = (list) => [0, 7, 13].map((k) => list[(i * 3 + k) % list.length]).join('\n\n');
    const content = i < DEMO_KB_ARTICLES.length
      ? { titleZh: demo.titleZh, titleEn: demo.titleEn, bodyZh: demo.bodyZh, bodyEn: demo.bodyEn }
      : { titleZh: `${demo.titleZh}（${i}）`, titleEn: `${demo.titleEn} (${i})`, bodyZh: mix(zh), bodyEn: mix(en) };
    const [article] = await q(
      `INSERT INTO kb_articles (slug, category, status, draft_title_zh, draft_title_en, draft_body_zh, draft_body_en, published_version, author_id)
       VALUES ($1, $2, 'PUBLISHED', $3, $4, $5, $6, 1, $7) RETURNING id`,
      [`${demo.slug}-${i}`, demo.category, content.titleZh, content.titleEn, content.bodyZh, content.bodyEn, author.id],
    );
    await q(
      `INSERT INTO kb_article_versions (article_id, version, title_zh, title_en, body_zh, body_en, search_text, published_by) VALUES ($1, 1, $2, $3, $4, $5, $6, $7)`,
      [article.id, content.titleZh, content.titleEn, content.bodyZh, content.bodyEn, searchTextOf(content), author.id],
    );
  }
  await q('ANALYZE kb_articles');
  await q('ANALYZE kb_article_versions');
}

async function time(run) {
  await run(); // warm-up: plans and caches
  const ms = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t = process.hrtime.bigint();
    await run();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], p95: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))] };
}

async function measure(label, db) {
  const q = (sql, params) => db.dataSource.query(sql, params);
  const service = new KbSearchService(db.dataSource);
  const rows = [];
  for (const n of SIZES) {
    const t0 = Date.now();
    await fill(q, n);
    console.log(`${label}: ${n} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const query of SEARCHES) {
      const hits = await service.search({ query, language: 'ZH', first: 10 });
      const t = await time(() => service.search({ query, language: 'ZH', first: 10 }));
      rows.push({ label, n, kind: 'kbSearch', query, hits: hits.length, top: hits[0]?.slug.replace(/-\d+$/, '') ?? '—', ...t });
    }
    for (const text of SUGGESTIONS) {
      const hits = await service.suggest({ text, language: 'ZH' });
      const t = await time(() => service.suggest({ text, language: 'ZH' }));
      rows.push({ label, n, kind: 'kbSuggest', query: text, hits: hits.length, top: hits[0]?.slug.replace(/-\d+$/, '') ?? '—', ...t });
    }
    for (const r of rows.filter((r) => r.n === n && r.label === label)) {
      console.log(`  ${r.kind} ${JSON.stringify(r.query)}: ${r.hits} hits, top ${r.top}, median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms`);
    }
  }
  const [{ trigrams }] = await q(`SELECT show_trgm('算力券申请')::text AS trigrams`);
  return { rows, trigrams };
}

const dbName = `suanli_bench_kb_${Date.now()}`;
const dbUrl = (() => { const u = new URL(BASE); u.pathname = `/${dbName}`; return u.toString(); })();
const results = [];
await admin(`CREATE DATABASE ${dbName}`);
const real = await openDatabase({ databaseUrl: dbUrl, dataDir: '', dbPoolSize: 4 }, { model: DATA_MODEL, migrate: true });
try {
  const [{ version }] = await real.dataSource.query("SELECT current_setting('server_version') AS version");
  results.push({ name: `PostgreSQL ${version}`, ...(await measure('PostgreSQL', real)) });
} finally {
  await real.close();
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
}
const dir = mkdtempSync(join(tmpdir(), 'suanli-bench-kb-'));
const embedded = await openDatabase({ databaseUrl: '', dataDir: dir, dbPoolSize: 1 }, { model: DATA_MODEL, migrate: true });
try {
  results.push({ name: 'PGlite (embedded)', ...(await measure('PGlite', embedded)) });
} finally {
  await embedded.close();
  rmSync(dir, { recursive: true, force: true });
}

const table = (r) => r.rows.map((x) => `| ${x.n} | ${x.kind} | ${x.query} | ${x.hits} | ${x.top} | ${x.median.toFixed(2)} | ${x.p95.toFixed(2)} |`).join('\n');
mkdirSync('docs/benchmarks', { recursive: true });
writeFileSync('docs/benchmarks/kb-search.md', `# Knowledge-base search

Written by \`npm run bench:kb\` (tools/bench-kb/bench-kb-search.mjs) on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} CPUs
(${cpus()[0]?.model ?? 'unknown'}). The service's own SQL (KbSearchService: pg_trgm candidates, bigram/word ranking,
docs/adr/0017-knowledge-base-search.md) over n published articles: the twenty demo articles, then recombinations of their
paragraphs. ${RUNS} timed runs after one warm-up; milliseconds, measured in the Node process (so they include the driver and,
for PGlite, the socket and WASM).

${results.map((r) => `## ${r.name}

\`show_trgm('算力券申请')\` = \`${r.trigrams}\` (CJK characters are indexed: the locale keeps them as word characters).

| articles | query | text | hits | top hit | median ms | p95 ms |
| ---: | --- | --- | ---: | --- | ---: | ---: |
${table(r)}
`).join('\n')}`);
console.log('wrote docs/benchmarks/kb-search.md');
