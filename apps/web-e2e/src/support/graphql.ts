import { BASE_URL } from './browser.js';
import { DEMO_PASSWORD } from './pages.js';

/** Direct GraphQL calls for test set-up steps that have no screen (e.g. filling a pool on purpose). */
export async function graphqlRequest<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

export async function apiSignIn(email: string): Promise<string> {
  const data = await graphqlRequest<{ signIn: { token: string | null; userErrors: { code: string }[] } }>(
    'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  if (!data.signIn.token) throw new Error(`could not sign in ${email}: ${JSON.stringify(data.signIn.userErrors)}`);
  return data.signIn.token;
}
