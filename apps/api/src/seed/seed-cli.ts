/** `nx run api:seed`: seeds the demo centre into an empty database (DATABASE_URL or embedded). */
import { DEFAULT_DEMO_PASSWORD, loadConfig } from '../config/app-config.js';
import { openDatabase } from '../database/open-database.js';
import { DATA_MODEL } from '../features.js';
import { importPackageCalendarDays } from '../working-calendar/index.js';
import { seedDemoIfEmpty } from './demo-seed.js';

const config = loadConfig();
const db = await openDatabase(config, { model: DATA_MODEL });
try {
  // Reference data, not demo data: imported whether or not the demo centre is seeded.
  console.log(`working calendar: ${await importPackageCalendarDays(db.dataSource)} days imported from chinese-days`);
  console.log((await seedDemoIfEmpty(db.dataSource, config.demoPassword || DEFAULT_DEMO_PASSWORD)) ? 'demo centre seeded' : 'database not empty; nothing seeded');
} finally {
  await db.close();
}
