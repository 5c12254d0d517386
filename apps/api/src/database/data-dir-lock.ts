import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** How often the holder touches the lock, and after how long without a touch it counts as left behind. */
const UPDATE_MS = 10_000;
const STALE_MS = 30_000;

/** Another process holds the embedded database of this data directory. */
export class EmbeddedDatabaseInUseError extends Error {
  readonly code = 'EMBEDDED_DATABASE_IN_USE';

  constructor(readonly dataDir: string) {
    super(
      `the embedded database in ${dataDir} is in use by another process (a running Suanli server?). ` +
        `Stop it first, or point DATABASE_URL at a PostgreSQL server; a server that was killed frees it within ${STALE_MS / 1000} s.`,
    );
  }
}

/**
 * One process at a time on the embedded database. PGlite keeps the database in its own memory
 * and writes it back to the data directory: a second process opening the same directory (a
 * second `npm start`, or the create-admin CLI beside a running server) would work on its own
 * copy, and whichever closes last overwrites the other's writes. PostgreSQL has postmaster.pid
 * for this; here a lock directory that its holder touches every 10 s (proper-lockfile), so a
 * killed process's lock is taken over once it is 30 s old.
 * `wait`: keep trying for a little longer than that, ~37 s (a server restarted right after a
 * crash); otherwise refuse at once.
 */
export async function lockDataDir(dataDir: string, options: { wait: boolean }): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: join(dataDir, 'embedded-db.lock'),
      realpath: false,
      update: UPDATE_MS,
      stale: STALE_MS,
      retries: options.wait ? { retries: 10, factor: 1.5, minTimeout: 1_000, maxTimeout: 8_000 } : 0,
      // The event loop stalled past the stale time (PGlite runs queries on it): another process
      // may now take the lock. Say so loudly rather than crash a server that is serving requests.
      onCompromised: (error) => console.error(`the embedded database lock in ${dataDir} was compromised: ${error.message}`),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new EmbeddedDatabaseInUseError(dataDir);
    throw error;
  }
}
