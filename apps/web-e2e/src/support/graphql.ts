import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { BASE_URL } from './browser.js';
import { SignIn } from './operations/scenario.operations.js';
import { DEMO_PASSWORD } from './pages.js';

/** Direct GraphQL calls for test set-up steps that have no screen (e.g. filling a pool on purpose). */
export async function graphqlRequest<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables: V, token?: string): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** Signs in over the API (which changes no data) and returns the bearer token. */
export async function apiSignIn(email: string, password = DEMO_PASSWORD): Promise<string> {
  const data = await graphqlRequest(SignIn, { input: { email, password } });
  if (!data.signIn.token) throw new Error(`could not sign in ${email}: ${JSON.stringify(data.signIn.userErrors)}`);
  return data.signIn.token;
}

/** Fails with the mutation's user errors unless there are none. */
export function expectNoUserErrors(what: string, payload: { userErrors: readonly { code: string; message: string }[] }): void {
  if (payload.userErrors.length > 0) throw new Error(`${what} refused: ${JSON.stringify(payload.userErrors)}`);
}
