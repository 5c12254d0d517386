import { randomBytes } from 'node:crypto';
import { loadConfig } from '../app-config.js';
import { weakJwtSecretReason } from '../jwt-secret.js';

describe('production JWT secret', () => {
  it.each([
    ['the old compose placeholder', 'change-me-change-me-change-me-change-me'],
    ['a documented placeholder', 'please-replace-this-with-a-long-random-secret'],
    ['one repeated character', 'a'.repeat(64)],
    ['a repeated word', 'test-secret-test-secret-test-secret-0123456789'],
    ['a sequence', '0123456789abcdef0123456789abcdef'],
  ])('refuses %s', (_what, secret) => {
    expect(weakJwtSecretReason(secret)).not.toBeNull();
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret })).toThrow(/JWT_SECRET/);
  });

  it('accepts secrets made the way the README says (openssl rand -base64 48, or 32 random bytes in hex)', () => {
    for (let i = 0; i < 5; i++) {
      expect(weakJwtSecretReason(randomBytes(48).toString('base64'))).toBeNull();
      expect(weakJwtSecretReason(randomBytes(32).toString('hex'))).toBeNull();
    }
  });

  it('requires a secret in production and does not check strength outside it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    expect(loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(32), SUANLI_DATA_DIR: '/tmp/unused' }).jwtSecret).toBe('x'.repeat(32));
  });
});

describe('production seeding', () => {
  const secret = randomBytes(48).toString('base64');
  it('seeds nothing by default', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).seedDemo).toBe(false);
  });
  it('seeds only when asked, and never with the published password', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, SUANLI_SEED: 'true' })).toThrow(/SUANLI_DEMO_PASSWORD/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, SUANLI_SEED: 'true', SUANLI_DEMO_PASSWORD: 'Suanli#2026' }),
    ).toThrow(/SUANLI_DEMO_PASSWORD/);
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, SUANLI_SEED: 'true', SUANLI_DEMO_PASSWORD: 'a-deployer-chosen-pw' });
    expect([config.seedDemo, config.demoPassword]).toEqual([true, 'a-deployer-chosen-pw']);
  });
  it('keeps the demo seed the default outside production', () => {
    const config = loadConfig({ NODE_ENV: 'development', SUANLI_DATA_DIR: '/tmp/suanli-unit-config' });
    expect([config.seedDemo, config.demoPassword]).toEqual([true, 'Suanli#2026']);
  });
});
