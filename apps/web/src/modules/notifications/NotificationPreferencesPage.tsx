import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Card, Switch, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NotificationPreferencesPageQuery } from '../../gql/graphql';
import { PageHeader } from '../../shared/ui/PageHeader';
import { NotificationPreferencesQuery, SetNotificationPreferenceMutation } from './notifications.operations';

type Preference = NotificationPreferencesPageQuery['notificationPreferences'][number];

/** /account/notifications — each person chooses, per kind, in-app and e-mail delivery. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(NotificationPreferencesQuery);
  const [save, { loading: saving }] = useMutation(SetNotificationPreferenceMutation, { refetchQueries: [NotificationPreferencesQuery] });

  const change = async (row: Preference, choice: { inApp: boolean; email: boolean }) => {
    const result = (await save({ variables: { input: { kind: row.kind, ...choice } } })).data?.setNotificationPreference;
    if (result?.userErrors.length) message.error(result.userErrors[0]!.message);
    else message.success(t('notifications.saved'));
  };

  const toggle = (row: Preference, field: 'inApp' | 'email') => (
    <Switch
      checked={row[field]}
      disabled={saving}
      aria-label={`${t(`notifications.kind.${row.kind}`)} · ${t(`notifications.${field}`)}`}
      data-testid={`pref-${row.kind}-${field}`}
      onChange={(checked) => void change(row, { inApp: row.inApp, email: row.email, [field]: checked })}
    />
  );

  return (
    <>
      <PageHeader title={t('notifications.preferencesTitle')} subtitle={t('notifications.preferencesSubtitle')} />
      {error && <Alert type="error" showIcon title={error.message} />}
      <Card>
        <Table<Preference>
          rowKey="kind"
          size="small"
          pagination={false}
          loading={loading}
          dataSource={data?.notificationPreferences ?? []}
          columns={[
            {
              title: t('notifications.kindColumn'),
              key: 'kind',
              render: (_, row) => (
                <span>
                  {t(`notifications.kind.${row.kind}`)} {row.isDefault && <Tag>{t('notifications.default')}</Tag>}
                </span>
              ),
            },
            { title: t('notifications.inApp'), key: 'inApp', width: 90, render: (_, row) => toggle(row, 'inApp') },
            { title: t('notifications.email'), key: 'email', width: 90, render: (_, row) => toggle(row, 'email') },
          ]}
        />
      </Card>
    </>
  );
}
