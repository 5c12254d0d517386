/**
 * Creates the first administrator of a deployment (production seeds no accounts):
 *
 *   printf '%s\n' "$PASSWORD" | node apps/api/dist/cli/create-admin.js --email ops@centre.example [--name "王敏"]
 *
 * The password is read from stdin (never from argv, which other local users can see in `ps`);
 * on a terminal it is asked for without echo. Uses DATABASE_URL, or the embedded database in
 * SUANLI_DATA_DIR — stop the server first when it runs on the embedded database (the CLI refuses
 * while a server holds it: two processes on one embedded database lose each other's writes).
 */
import { parseArgs } from 'node:util';
import { hash } from '@node-rs/argon2';
import { loadDatabaseConfig } from '../config/app-config.js';
import { EmbeddedDatabaseInUseError } from '../database/data-dir-lock.js';
import { openDatabase } from '../database/open-database.js';
import { DATA_MODEL } from '../features.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@suanli/domain';
import { checkPassword } from '../passwords/index.js';
import { createAdministrator } from './create-administrator.js';
import { readSecretLine } from './read-secret-line.js';

const PROBLEM_TEXT = {
  TOO_SHORT: `the password needs at least ${PASSWORD_MIN_LENGTH} characters`,
  TOO_LONG: `the password may have at most ${PASSWORD_MAX_LENGTH} characters`,
  TOO_WEAK: 'the password is too easy to guess; use a longer passphrase',
  SAME_AS_CURRENT: 'the password must differ from the current one',
} as const;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, 'centre-name': { type: 'string' } },
  });
  const email = values.email?.trim().toLowerCase() ?? '';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    console.error('usage: create-admin --email you@centre.example [--name "Display name"] [--centre-name "成都智算中心"]  (password on stdin)');
    return 2;
  }
  const password = await readSecretLine('Password for the new administrator: ');
  // The same policy as invitations and password changes (libs/domain, zxcvbn-ts).
  const problems = checkPassword(password, [email, values.name]);
  if (problems.length > 0) {
    console.error(`refused: ${problems.map((problem) => PROBLEM_TEXT[problem]).join('; ')}`);
    return 1;
  }
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase(loadDatabaseConfig(), { model: DATA_MODEL, waitForEmbeddedLock: false });
  } catch (error) {
    if (!(error instanceof EmbeddedDatabaseInUseError)) throw error;
    console.error(`refused: ${error.message}`);
    return 1;
  }
  try {
    const outcome = await createAdministrator(db.dataSource, {
      email,
      displayName: values.name?.trim() || email.split('@')[0],
      passwordHash: await hash(password),
      centreName: values['centre-name']?.trim() || '智算中心',
    });
    if (outcome === 'EMAIL_TAKEN') {
      console.error(`refused: an account with ${email} already exists`);
      return 1;
    }
    console.log(`administrator ${email} created; sign in at the web app`);
    return 0;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
