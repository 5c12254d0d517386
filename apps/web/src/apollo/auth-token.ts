/** The JWT from `signIn`, kept in localStorage so a reload keeps the session. */
const TOKEN_KEY = 'suanli.token';

type Listener = () => void;
const listeners = new Set<Listener>();

export function readToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function writeToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
  listeners.forEach((listener) => listener());
}

/** Lets React re-render when the token changes outside it (e.g. the error link signs out). */
export function subscribeToken(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
