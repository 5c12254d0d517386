import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apolloClient } from '../apollo/client';
import { SessionProvider } from '../modules/auth/SessionProvider';

export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n, t } = useTranslation();
  const english = i18n.language === 'en';

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
        <ApolloProvider client={apolloClient}>
          <SessionProvider>{children}</SessionProvider>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
