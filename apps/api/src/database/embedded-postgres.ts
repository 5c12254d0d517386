import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock.js';

export interface EmbeddedPostgres {
  url: string;
  /** The private directory holding the Unix socket (mode 0700). */
  socketDir: string;
  stop(): Promise<void>;
}

/** libpq's socket file name; `pg` builds `<host>/.s.PGSQL.<port>` from a directory host. */
const SOCKET_PORT = 5432;
/** sockaddr_un.sun_path is 108 bytes on Linux; leave room for the file name. */
const MAX_SOCKET_DIR_LENGTH = 90;

/**
 * A directory only this user can enter. PGlite has no authentication, so the socket's directory
 * is the access control: in the data directory when its path is short enough for a Unix socket,
 * else a fresh private directory under the system's temporary directory.
 */
function privateSocketDir(dataDir: string): { dir: string; temporary: boolean } {
  const preferred = join(dataDir, 'run');
  if (preferred.length <= MAX_SOCKET_DIR_LENGTH) {
    mkdirSync(preferred, { recursive: true, mode: 0o700 });
    chmodSync(preferred, 0o700);
    rmSync(join(preferred, `.s.PGSQL.${SOCKET_PORT}`), { force: true });
    return { dir: preferred, temporary: false };
  }
  return { dir: mkdtempSync(join(tmpdir(), 'suanli-pg-')), temporary: true };
}

/**
 * Starts PGlite (PostgreSQL in WASM) with its data on disk and exposes it on a Unix socket in a
 * directory of mode 0700, so the app reaches it through the same TypeORM/`pg` path as a real
 * server while no other local user can connect (a loopback TCP port would let any local process
 * read the password hashes: PGlite accepts everyone as `postgres`).
 * Limits (see docs/adr/0002): one transaction at a time, NOTIFY stays on its connection.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  maxConnections: number,
  options: { waitForLock?: boolean } = {},
): Promise<EmbeddedPostgres> {
  const dir = join(dataDir, 'pglite');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  // Before anything touches the files or the socket of a process that may be using them.
  const unlock = await lockDataDir(dataDir, { wait: options.waitForLock ?? true });
  try {
    const db = await PGlite.create({ dataDir: dir, extensions: { btree_gist, pg_trgm } });
    const socket = privateSocketDir(dataDir);
    const server = new PGLiteSocketServer({ db, path: join(socket.dir, `.s.PGSQL.${SOCKET_PORT}`), maxConnections });
    await server.start();
    return {
      url: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(socket.dir)}&port=${SOCKET_PORT}&sslmode=disable`,
      socketDir: socket.dir,
      async stop() {
        await server.stop();
        await db.close();
        if (socket.temporary) rmSync(socket.dir, { recursive: true, force: true });
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}
