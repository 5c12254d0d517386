import type { GraphQLClient } from '../../test/graphql-client.js';

export interface SignInOutcome {
  /** OK (a token), or the userError / top-level error code. */
  code: string;
  status: number;
  retryAfterSeconds?: number;
  retryAfterHeader: string | null;
  token: string | null;
}

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }`;

/** One sign-in try, reduced to what a guesser would learn from the answer. */
export async function attemptSignIn(
  client: GraphQLClient,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<SignInOutcome> {
  const result = await client.request<{ signIn: { token: string | null; userErrors: { code: string }[] } }>(
    SIGN_IN,
    { input: { email, password } },
    headers,
  );
  const error = result.errors?.[0];
  const payload = result.data?.signIn;
  return {
    code: error ? String(error.extensions?.code) : payload?.token ? 'OK' : (payload?.userErrors[0]?.code ?? 'NO_ANSWER'),
    status: result.status,
    retryAfterSeconds: error?.extensions?.retryAfterSeconds as number | undefined,
    retryAfterHeader: result.headers.get('retry-after'),
    token: payload?.token ?? null,
  };
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
