/** `nx run api:seed`: seeds the demo centre into an empty database (DATABASE_URL or embedded). */
import { loadConfig } from '../config/app-config.js';
import { openDatabase } from '../database/open-database.js';
import { seedDemoIfEmpty } from './demo-seed.js';

const db = await openDatabase(loadConfig());
try {
  console.log((await seedDemoIfEmpty(db.dataSource)) ? 'demo centre seeded' : 'database not empty; nothing seeded');
} finally {
  await db.close();
}
