import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

interface ComposeService {
  environment?: Record<string, string>;
  ports?: string[];
  networks?: string[];
}

/** No Docker engine runs here, so the compose file's safety is checked on its text. */
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(resolve(import.meta.dirname, '../../../../../docker-compose.yml'), 'utf8')) as {
    services: Record<string, ComposeService>;
    networks: Record<string, { internal?: boolean } | null>;
  };
  const { app, postgres } = compose.services;

  it('requires the secrets instead of shipping placeholders', () => {
    expect(app.environment?.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?.+\}$/);
    expect(postgres.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?.+\}$/);
    expect(app.environment?.DATABASE_URL).toContain('${POSTGRES_PASSWORD:?');
    expect(app.environment?.NODE_ENV).toBe('production');
  });

  it('keeps PostgreSQL on an internal network without a published port', () => {
    expect(postgres.ports).toBeUndefined();
    expect(postgres.networks).toEqual(['database']);
    expect(compose.networks.database?.internal).toBe(true);
    expect(app.networks).toContain('database');
  });
});
