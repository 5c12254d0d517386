import { useQuery } from '@apollo/client/react';
import { Alert, Card, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEventsQuery as AuditEventsResult } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { ConnectionTable } from '../../shared/ui/ConnectionTable';
import { PageHeader } from '../../shared/ui/PageHeader';
import { AuditEventsQuery } from './accounts.operations';
import { describeAuditDetails } from './audit-details';

type Row = AuditEventsResult['auditEvents']['edges'][number]['node'];
const PAGE = 50;
/** The codes the API writes (apps/api/src/audit/audit-actions.ts). */
const ACTIONS = [
  'ORGANISATION_CREATED',
  'INVITATION_SENT',
  'INVITATION_REVOKED',
  'INVITATION_ACCEPTED',
  'PASSWORD_CHANGED',
  'USER_DEACTIVATED',
  'USER_REACTIVATED',
  'USER_ROLE_CHANGED',
  'API_TOKEN_CREATED',
  'API_TOKEN_REVOKED',
  'CLUSTER_RENAMED',
  'CLUSTER_DELETED',
];

/** /audit — admins read who changed accounts and organisations, newest first. */
export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [action, setAction] = useState<string | undefined>();
  const { data, loading, error, fetchMore } = useQuery(AuditEventsQuery, {
    variables: { first: PAGE, action },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  const columns: ColumnsType<Row> = [
    { title: t('common.inTimeZone', { label: t('audit.at'), zone: format.timeZone }), dataIndex: 'at', width: 200, render: (value: string) => formatDateTime(value) },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 150,
      render: (code: string) => <Tag data-testid="audit-action">{t(`audit.actions.${code}`, { defaultValue: code })}</Tag>,
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 200,
      render: (_, row) =>
        row.actor ? (
          <span>
            {row.actor.displayName}
            <br />
            <Typography.Text type="secondary">{row.actor.email}</Typography.Text>
          </span>
        ) : (
          t(`audit.actorKinds.${row.actorKind}`, { defaultValue: row.actorKind })
        ),
    },
    { title: t('audit.organisation'), key: 'organisation', width: 160, render: (_, row) => row.organisation?.name ?? '—' },
    { title: t('audit.details'), dataIndex: 'detailsJson', render: (json: string) => <Typography.Text>{describeAuditDetails(json, t, format.locale)}</Typography.Text> },
    { title: t('audit.ip'), dataIndex: 'ip', width: 130 },
  ];

  return (
    <div>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={
          <Select
            allowClear
            placeholder={t('audit.allActions')}
            style={{ minWidth: 180 }}
            value={action}
            onChange={setAction}
            options={ACTIONS.map((code) => ({ value: code, label: t(`audit.actions.${code}`) }))}
            data-testid="audit-filter"
          />
        }
      />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      <Card>
        <ConnectionTable<Row>
          connection={data?.auditEvents}
          columns={columns}
          loading={loading}
          scrollX={900}
          testId="audit-table"
          onLoadMore={(after) => void fetchMore({ variables: { after } })}
        />
      </Card>
    </div>
  );
}
