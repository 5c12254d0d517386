import { createContext, useContext } from 'react';
import type { Permission } from '@suanli/domain';
import type { MeQuery } from '../../gql/graphql';

export type SessionUser = MeQuery['me'];

export interface Session {
  token: string | null;
  user: SessionUser | null;
  loading: boolean;
  error: unknown;
  refetch: () => void;
  /** Stores the token from `signIn`; the current user is then loaded. */
  signIn: (token: string) => Promise<void>;
  signOut: () => Promise<void>;
  can: (permission: Permission) => boolean;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** For screens that only render once signed in (below <RequireAuth>). */
export function useCurrentUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser used outside an authenticated route');
  return user;
}
