import { useApi } from '../test/use-api.js';

/** What a deployer gets with NODE_ENV=production: no demo accounts unless seeded explicitly. */
describe('production defaults', () => {
  const server = useApi({ production: true, env: { SUANLI_SEED: '' } });

  it('seeds no demo centre: the published demo sign-in does not work', async () => {
    const { anonymous } = server();
    for (const password of ['Suanli#2026', anonymous.demoPassword]) {
      const result = await anonymous.request(
        `mutation ($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }`,
        { input: { email: 'admin@suanli.dev', password } },
      );
      expect(result.data?.signIn).toEqual({ token: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    }
  });
});
