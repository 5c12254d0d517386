import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { connectTestDataSource } from '../../../test/test-data-source.js';
import { createUser, OrganisationFactory } from '../../../test/factories.js';

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The term-sheet invariants live in the database, not only in the service: these tests go around
 * the code with plain SQL and show the database refusing what no code path may do.
 */
describe('term-sheet invariants kept by the database', () => {
  let dataSource: DataSource;
  let organisationId: string;
  let userId: string;

  const newSheet = async () => {
    const [project]: { id: string }[] = await dataSource.query(
      "INSERT INTO projects (organisation_id, name, cooperation_modes) VALUES ($1, $2, '{COMPUTE_FOR_EQUITY}') RETURNING id",
      [organisationId, `测试项目 ${Math.random().toString(36).slice(2, 10)}`],
    );
    const [sheet]: { id: string }[] = await dataSource.query('INSERT INTO term_sheets (organisation_id, project_id) VALUES ($1, $2) RETURNING id', [organisationId, project!.id]);
    await addVersion(sheet!.id, 1);
    return sheet!.id;
  };
  const addVersion = (sheetId: string, versionNo: number) =>
    dataSource.query(
      `INSERT INTO term_sheet_versions (term_sheet_id, version_no, proposed_by_side, terms, content_hash, credit_fen, pre_money_fen, centre_shares, centre_percent_bp)
       VALUES ($1, $2, 'CENTRE', '{}', $3, 100, 1000, 10, 909)`,
      [sheetId, versionNo, hashOf(`v${versionNo}`)],
    );
  const counter = async (sheetId: string, versionNo: number) => {
    await dataSource.transaction(async (manager) => {
      await manager.query('UPDATE term_sheets SET current_version_no = $2 WHERE id = $1', [sheetId, versionNo]);
      await manager.query(
        `INSERT INTO term_sheet_versions (term_sheet_id, version_no, proposed_by_side, terms, content_hash, credit_fen, pre_money_fen, centre_shares, centre_percent_bp)
         VALUES ($1, $2, 'FOUNDER', '{}', $3, 100, 1000, 10, 909)`,
        [sheetId, versionNo, hashOf(`v${versionNo}`)],
      );
    });
  };
  const accept = (sheetId: string, versionNo: number, side: 'CENTRE' | 'FOUNDER', hash = hashOf(`v${versionNo}`)) =>
    dataSource.query("INSERT INTO term_sheet_acceptances (term_sheet_id, version_no, side, user_id, ip, content_hash) VALUES ($1, $2, $3, $4, '127.0.0.1', $5)", [sheetId, versionNo, side, userId, hash]);

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    organisationId = (await OrganisationFactory.on(dataSource).create()).id;
    userId = (await createUser(dataSource, 'MANAGER', null)).id;
  });
  afterAll(async () => dataSource?.destroy());

  it('refuses updating or deleting a version, and a version that is not the next one', async () => {
    const id = await newSheet();
    await expect(dataSource.query('UPDATE term_sheet_versions SET credit_fen = 200 WHERE term_sheet_id = $1', [id])).rejects.toThrow(/append-only/);
    await expect(dataSource.query('DELETE FROM term_sheet_versions WHERE term_sheet_id = $1', [id])).rejects.toThrow(/append-only/);
    await expect(addVersion(id, 3)).rejects.toThrow(/takes no version 3/);
    await expect(dataSource.query('UPDATE term_sheets SET current_version_no = 3 WHERE id = $1', [id])).rejects.toThrow(/cannot change that way/);
  });

  it('refuses an acceptance of a superseded version or with another hash, and signing without both sides', async () => {
    const id = await newSheet();
    await counter(id, 2);
    await expect(accept(id, 1, 'CENTRE')).rejects.toThrow(/is not the current version/);
    await expect(accept(id, 2, 'CENTRE', hashOf('v1'))).rejects.toThrow(/content hash/);
    await accept(id, 2, 'CENTRE');
    await expect(dataSource.query('DELETE FROM term_sheet_acceptances WHERE term_sheet_id = $1', [id])).rejects.toThrow(/append-only/);
    await expect(dataSource.query("UPDATE term_sheets SET status = 'SIGNED', signed_version_no = 2 WHERE id = $1", [id])).rejects.toThrow(/both sides/);
    await accept(id, 2, 'FOUNDER');
    await dataSource.query("UPDATE term_sheets SET status = 'SIGNED', signed_version_no = 2, closed_at = now() WHERE id = $1", [id]);
    await expect(dataSource.query("UPDATE term_sheets SET withdrawn_reason = 'x' WHERE id = $1", [id])).rejects.toThrow(/is SIGNED and cannot change/);
    await expect(dataSource.query('DELETE FROM term_sheets WHERE id = $1', [id])).rejects.toThrow(/never deleted/);
  });

  it('refuses an acceptance racing with a counter-offer that commits first', async () => {
    const id = await newSheet();
    const offering = dataSource.createQueryRunner();
    const accepting = dataSource.createQueryRunner();
    try {
      await offering.startTransaction();
      await offering.query('SELECT 1 FROM term_sheets WHERE id = $1 FOR UPDATE', [id]);
      await offering.query('UPDATE term_sheets SET current_version_no = 2 WHERE id = $1', [id]);
      await offering.query(
        `INSERT INTO term_sheet_versions (term_sheet_id, version_no, proposed_by_side, terms, content_hash, credit_fen, pre_money_fen, centre_shares, centre_percent_bp)
         VALUES ($1, 2, 'FOUNDER', '{}', $2, 100, 1000, 10, 909)`,
        [id, hashOf('v2')],
      );
      // The acceptance of v1 waits for the counter-offer's row lock, then sees version 2 is current.
      const accepted = accepting.query("INSERT INTO term_sheet_acceptances (term_sheet_id, version_no, side, user_id, content_hash) VALUES ($1, 1, 'CENTRE', $2, $3)", [id, userId, hashOf('v1')]);
      const outcome = accepted.then(() => 'accepted', (error: Error) => error.message);
      await new Promise((done) => setTimeout(done, 200));
      await offering.commitTransaction();
      expect(await outcome).toMatch(/is not the current version/);
    } finally {
      await offering.release();
      await accepting.release();
    }
    const rows: unknown[] = await dataSource.query('SELECT 1 FROM term_sheet_acceptances WHERE term_sheet_id = $1', [id]);
    expect(rows).toEqual([]);
  });

  it('keeps one open term sheet per project', async () => {
    const id = await newSheet();
    const [sheet]: { project_id: string }[] = await dataSource.query('SELECT project_id FROM term_sheets WHERE id = $1', [id]);
    await expect(dataSource.query('INSERT INTO term_sheets (organisation_id, project_id) VALUES ($1, $2)', [organisationId, sheet!.project_id])).rejects.toThrow(/term_sheets_project_open_key/);
  });
});
