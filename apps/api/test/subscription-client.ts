import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client for tests, authenticated the way the web app does it (connection_init). */
export function subscriptionClient(baseUrl: string, token: string): Client {
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
}

/** Collects the events of one subscription until stopped. */
export function collect<T>(client: Client, query: string): { events: T[]; errors: unknown[]; stop(): void } {
  const events: T[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe<T>(
    { query },
    { next: (value) => (value.data ? events.push(value.data as T) : errors.push(value.errors)), error: (e) => errors.push(e), complete: () => undefined },
  );
  return { events, errors, stop };
}

export async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The close codes of a client's socket, recorded from now on (register before subscribing). */
export function closeCodes(client: Client): number[] {
  const codes: number[] = [];
  client.on('closed', (event) => codes.push((event as { code: number }).code));
  return codes;
}
