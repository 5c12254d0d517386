import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Popconfirm, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllocationQueueQuery as QueueResult } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { testId } from '../../shared/lib/test-id';
import { describeUserError, joinMessages } from '../../shared/lib/user-errors';
import { RequestedPriorityTags } from './allocation-tags';
import { dataAttributes } from './data-attributes';
import { AllocationQueueQuery, CancelAllocationRequestMutation, ClusterGridQuery, OrganisationSchedulingQuery } from './compute.operations';
import { formatDuration } from './format';
import { useAllocationEvents } from './use-allocation-events';
import { describeWait } from './wait-reason';
import { useLocale } from '../../shared/i18n/use-locale';

type Row = QueueResult['allocationQueue'][number];
const ALL = '__all__';

interface Props {
  clusterId: string;
  cardTypes: readonly string[];
  canCancel: boolean;
}

/** Waiting requests in the scheduler's order with honest start estimates and the reason in plain words. */
export function QueueTable({ clusterId, cardTypes, canCancel }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [cardType, setCardType] = useState<string>(ALL);
  const { data, loading, error, refetch } = useQuery(AllocationQueueQuery, {
    variables: { clusterId, cardType: cardType === ALL ? undefined : cardType, first: 500, locale: locale },
    pollInterval: 5000,
    notifyOnNetworkStatusChange: false,
  });
  useAllocationEvents(() => void refetch());
  const [cancel] = useMutation(CancelAllocationRequestMutation, { refetchQueries: [AllocationQueueQuery, ClusterGridQuery, OrganisationSchedulingQuery] });
  const rows = data?.allocationQueue ?? [];

  const onCancel = async (row: Row) => {
    try {
      const { data: result } = await cancel({ variables: { input: { id: row.id } } });
      const errors = result?.cancelAllocationRequest.userErrors ?? [];
      if (errors.length > 0) void message.error(joinMessages(errors.map((e) => describeUserError(e, t)), t));
      else void message.success(t('compute.cancelled'));
    } catch (requestError) {
      void message.error(describeRequestError(requestError, t));
    }
  };

  const columns: ColumnsType<Row> = [
    {
      title: t('compute.position'),
      dataIndex: 'queuePosition',
      width: 64,
      align: 'right',
      render: (value: number | null) => <span className="numeric" data-testid="queue-position">{value ?? '—'}</span>,
    },
    {
      title: t('compute.organisation'),
      render: (_, row) => <Typography.Text data-testid="queue-organisation">{row.organisation.name}</Typography.Text>,
    },
    { title: t('compute.project'), render: (_, row) => <span data-testid="queue-project">{row.project.name}</span> },
    {
      title: t('compute.request'),
      width: 250,
      render: (_, row) => (
        <Space size={4} style={{ whiteSpace: 'nowrap' }}>
          <span className="numeric">
            {row.cards} × {row.cardType}
          </span>
          <Typography.Text type="secondary">{formatDuration(row.durationS, t)}</Typography.Text>
          {row.preemptible && <Tag>{t('compute.preemptibleShort')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('compute.priority'),
      width: 120,
      render: (_, row) => <RequestedPriorityTags priority={row.priority} requestedPriority={row.requestedPriority} urgency={row.urgency} />,
    },
    { title: t('compute.submitted'), dataIndex: 'createdAt', width: 150, render: (value: string) => formatDateTime(value) },
    {
      title: t('compute.estimatedStart'),
      dataIndex: 'estimatedStartAt',
      width: 150,
      render: (value: string | null) =>
        value ? <span data-testid="queue-estimate">{formatDateTime(value)}</span> : <Typography.Text type="danger">{t('compute.neverFits')}</Typography.Text>,
    },
    {
      title: t('compute.reason'),
      render: (_, row) => (
        <Typography.Text className="queue-reason" type="secondary" data-testid="queue-reason" data-code={row.waitReason?.code}>
          {row.waitReason ? describeWait(row.waitReason, t, true) : '—'}
        </Typography.Text>
      ),
    },
    ...(canCancel
      ? [
          {
            title: '',
            width: 72,
            render: (_: unknown, row: Row) => (
              <Popconfirm
                title={t('compute.cancelConfirm', { cards: row.cards, cardType: row.cardType })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true, ...testId('queue-cancel-confirm') }}
                onConfirm={() => onCancel(row)}
              >
                <Tooltip title={t('compute.cancelRequest')}>
                  <Button size="small" danger type="text" icon={<DeleteOutlined />} data-testid="queue-cancel" aria-label={t('compute.cancelRequest')} />
                </Tooltip>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('compute.queueTitle', { count: rows.length })}
      extra={
        <Segmented<string>
          size="small"
          value={cardType}
          onChange={setCardType}
          options={[{ value: ALL, label: t('common.all') }, ...cardTypes.map((type) => ({ value: type, label: type }))]}
          data-testid="queue-card-type"
        />
      }
    >
      {error && !data && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 12 }} />}
      <Table<Row>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={loading && !data}
        // Eight columns: on a phone the table scrolls inside its card, the page does not.
        scroll={{ x: 1100 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        onRow={(row) => ({ ...dataAttributes({ testid: `queue-row-${row.id}`, 'project-name': row.project.name, cards: String(row.cards) }) })}
        data-testid="queue-table"
      />
    </Card>
  );
}
