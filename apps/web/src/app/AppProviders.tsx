import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apolloClient } from '../apollo/client';
import { SessionProvider } from '../modules/auth/SessionProvider';
import { useLocale } from '../shared/i18n/use-locale';

/**
 * A toast is text in the language it was raised in; after a language switch it would keep the old
 * words, so open toasts are closed on a switch.
 */
function ToastsFollowLanguage() {
  const { message, notification } = AntApp.useApp();
  const { i18n } = useTranslation();
  useEffect(() => {
    const close = () => {
      message.destroy();
      notification.destroy();
    };
    i18n.on('languageChanged', close);
    return () => i18n.off('languageChanged', close);
  }, [i18n, message, notification]);
  return null;
}

export function AppProviders({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const english = useLocale() === 'en';

  useEffect(() => {
    dayjs.locale(english ? 'en' : 'zh-cn');
    document.documentElement.lang = english ? 'en' : 'zh-CN';
    document.title = t('app.name');
  }, [english, t]);

  return (
    <ConfigProvider
      locale={english ? enUS : zhCN}
      theme={{
        algorithm: theme.defaultAlgorithm,
        token: { colorPrimary: '#1677ff', borderRadius: 8, fontSize: 14 },
        components: { Layout: { headerBg: '#ffffff', bodyBg: '#f3f5f9', headerPadding: '0 24px' } },
      }}
    >
      <AntApp>
        <ToastsFollowLanguage />
        <ApolloProvider client={apolloClient}>
          <SessionProvider>{children}</SessionProvider>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
