import { startApi, type RunningApi, type StartApiOptions } from './api-server.js';
import { GraphQLClient } from './graphql-client.js';

/**
 * Starts one API process (fresh database, demo data) for the spec file that calls it, and
 * stops it afterwards. Returns a getter because the server exists only once beforeAll ran.
 */
export function useApi(options: StartApiOptions = {}): () => { api: RunningApi; anonymous: GraphQLClient } {
  let api: RunningApi | undefined;
  beforeAll(async () => {
    api = await startApi(options);
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
  });
  return () => {
    if (!api) throw new Error('useApi() server is not running');
    return { api, anonymous: new GraphQLClient(api.url, null, api.demoPassword) };
  };
}
