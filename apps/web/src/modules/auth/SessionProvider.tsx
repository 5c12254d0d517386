import { useApolloClient, useQuery } from '@apollo/client/react';
import { roleHasPermission, type Permission } from '@suanli/domain';
import { App } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readToken, subscribeToken, writeToken } from '../../apollo/auth-token';
import { MeQuery, SignOutMutation } from './auth.operations';
import { SessionContext, type Session } from './session-context';

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { message } = App.useApp();
  const { t } = useTranslation();
  const token = useSyncExternalStore(subscribeToken, readToken);
  const signingOut = useRef(false);
  const previousToken = useRef(token);

  const { data, loading, error, refetch } = useQuery(MeQuery, { skip: !token, fetchPolicy: 'network-only' });

  // The error link drops a rejected token; tell the user why they are back at the sign-in page.
  useEffect(() => {
    if (previousToken.current && !token && !signingOut.current) {
      void client.clearStore();
      void message.warning(t('auth.sessionExpired'));
    }
    signingOut.current = false;
    previousToken.current = token;
  }, [token, client, message, t]);

  const signIn = useCallback(
    async (newToken: string) => {
      await client.clearStore();
      writeToken(newToken);
    },
    [client],
  );

  // Revokes the session on the server first, so a copy of the token is worthless too; the token is
  // forgotten here even when that fails (offline, or the session had already ended).
  const signOut = useCallback(async () => {
    signingOut.current = true;
    await client.mutate({ mutation: SignOutMutation }).catch(() => undefined);
    writeToken(null);
    await client.clearStore();
  }, [client]);

  const user = token ? (data?.me ?? null) : null;
  const session = useMemo<Session>(
    () => ({
      token,
      user,
      loading: Boolean(token) && loading && !data,
      error: token ? error : undefined,
      refetch: () => void refetch(),
      signIn,
      signOut,
      can: (permission: Permission) => (user ? roleHasPermission(user.role, permission) : false),
    }),
    [token, user, loading, data, error, refetch, signIn, signOut],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
