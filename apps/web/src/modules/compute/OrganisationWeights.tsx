import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, InputNumber, Row, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSchedulingQuery as SchedulingResult } from '../../gql/graphql';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, userErrorField } from '../../shared/lib/user-errors';
import { KindTag } from '../../shared/ui/enum-tags';
import { dataAttributes } from './data-attributes';
import { AllocationQueueQuery, OrganisationSchedulingQuery, SetOrganisationSchedulingMutation } from './compute.operations';
import { formatCardHours } from './format';
import { useOrganisationColours } from './org-colours';
import { QueueHead } from './QueueHead';

type Row = SchedulingResult['organisationScheduling']['edges'][number]['node'];

interface Draft {
  weight: number | null;
  quotaCards: number | null;
  urgentCardHoursPerMonth: number | null;
}

/** Fair-share weight and card quota per organisation, edited inline; the queue beside it shows the effect. */
export function OrganisationWeights({ clusterId, cardTypes, canEdit }: { clusterId: string; cardTypes: readonly string[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const colourOf = useOrganisationColours();
  const { data, loading, error } = useQuery(OrganisationSchedulingQuery, { variables: { first: 100 }, pollInterval: 15_000 });
  const [save, { loading: saving }] = useMutation(SetOrganisationSchedulingMutation, {
    refetchQueries: [AllocationQueueQuery, OrganisationSchedulingQuery],
    awaitRefetchQueries: true,
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>({ weight: 1, quotaCards: null, urgentCardHoursPerMonth: 0 });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<'weight' | 'quotaCards' | 'urgentCardHoursPerMonth' | 'general', string>>>({});
  const rows = [...(data?.organisationScheduling.edges.map((edge) => edge.node) ?? [])].sort(
    (a, b) => b.runningCards + b.queuedRequests * 8 - (a.runningCards + a.queuedRequests * 8) || a.organisation.name.localeCompare(b.organisation.name),
  );

  const startEdit = (row: Row) => {
    setEditing(row.organisation.id);
    setDraft({ weight: row.weight, quotaCards: row.quotaCards, urgentCardHoursPerMonth: row.urgentCardHoursPerMonth });
    setFieldErrors({});
  };

  const onSave = async (row: Row) => {
    if (draft.weight == null) {
      setFieldErrors({ weight: t('compute.weightRequired') });
      return;
    }
    try {
      const { data: result } = await save({
        variables: {
          input: {
            organisationId: row.organisation.id,
            weight: draft.weight,
            quotaCards: draft.quotaCards,
            urgentCardHoursPerMonth: draft.urgentCardHoursPerMonth ?? 0,
          },
        },
      });
      const errors = result?.setOrganisationScheduling.userErrors ?? [];
      if (errors.length > 0) {
        const next: typeof fieldErrors = {};
        for (const userError of errors) {
          const field = userErrorField(userError);
          const key = field === 'weight' || field === 'quotaCards' || field === 'urgentCardHoursPerMonth' ? field : 'general';
          next[key] = describeUserError(userError, t);
        }
        setFieldErrors(next);
        return;
      }
      setEditing(null);
      void message.success(t('compute.weightsSaved', { name: row.organisation.name }));
    } catch (requestError) {
      setFieldErrors({ general: describeRequestError(requestError, t) });
    }
  };

  const columns: ColumnsType<Row> = [
    {
      title: t('compute.organisation'),
      render: (_, row) => (
        <Space size={6}>
          <span className="grid-card" style={{ backgroundColor: colourOf(row.organisation.id) }} />
          <Typography.Text strong>{row.organisation.name}</Typography.Text>
          <KindTag kind={row.organisation.kind} />
        </Space>
      ),
    },
    {
      title: t('compute.weight'),
      width: 130,
      render: (_, row) =>
        editing === row.organisation.id ? (
          <div>
            <InputNumber
              size="small"
              min={0.1}
              max={100}
              step={0.5}
              value={draft.weight}
              status={fieldErrors.weight ? 'error' : undefined}
              onChange={(value) => setDraft((d) => ({ ...d, weight: value }))}
              data-testid="weight-input"
              style={{ width: 100 }}
            />
            {fieldErrors.weight && <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>{fieldErrors.weight}</Typography.Text>}
          </div>
        ) : (
          <span className="numeric" data-testid="weight-value">{row.weight}</span>
        ),
    },
    {
      title: t('compute.quota'),
      width: 150,
      render: (_, row) =>
        editing === row.organisation.id ? (
          <div>
            <InputNumber
              size="small"
              min={0}
              precision={0}
              value={draft.quotaCards}
              placeholder={t('compute.noQuota')}
              status={fieldErrors.quotaCards ? 'error' : undefined}
              onChange={(value) => setDraft((d) => ({ ...d, quotaCards: value }))}
              data-testid="quota-input"
              style={{ width: 120 }}
            />
            {fieldErrors.quotaCards && (
              <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
                {fieldErrors.quotaCards}
              </Typography.Text>
            )}
          </div>
        ) : (
          <span className="numeric" data-testid="quota-value">{row.quotaCards ?? <Typography.Text type="secondary">{t('compute.noQuota')}</Typography.Text>}</span>
        ),
    },
    {
      title: t('urgency.budgetColumn'),
      width: 150,
      render: (_, row) =>
        editing === row.organisation.id ? (
          <div>
            <InputNumber
              size="small"
              min={0}
              precision={0}
              value={draft.urgentCardHoursPerMonth}
              status={fieldErrors.urgentCardHoursPerMonth ? 'error' : undefined}
              onChange={(value) => setDraft((d) => ({ ...d, urgentCardHoursPerMonth: value }))}
              data-testid="urgent-budget-input"
              style={{ width: 120 }}
            />
            {fieldErrors.urgentCardHoursPerMonth && (
              <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
                {fieldErrors.urgentCardHoursPerMonth}
              </Typography.Text>
            )}
          </div>
        ) : (
          <span className="numeric" data-testid="urgent-budget-value">
            {t('urgency.budgetUsed', { used: formatCardHours(row.urgentCardHoursUsed), total: formatCardHours(row.urgentCardHoursPerMonth) })}
          </span>
        ),
    },
    { title: t('compute.runningCards'), dataIndex: 'runningCards', width: 100, align: 'right', render: (value: number) => <span className="numeric">{value}</span> },
    { title: t('compute.queuedRequests'), dataIndex: 'queuedRequests', width: 100, align: 'right', render: (value: number) => <span className="numeric">{value}</span> },
    {
      title: t('compute.cardHours7d'),
      dataIndex: 'cardHours7d',
      width: 130,
      align: 'right',
      render: (value: number) => <span className="numeric">{formatCardHours(value)}</span>,
    },
    ...(canEdit
      ? [
          {
            title: '',
            width: 150,
            render: (_: unknown, row: Row) =>
              editing === row.organisation.id ? (
                <Space size={4}>
                  <Button size="small" type="primary" loading={saving} onClick={() => void onSave(row)} data-testid="weights-save">
                    {t('compute.save')}
                  </Button>
                  <Button size="small" onClick={() => setEditing(null)}>
                    {t('common.cancel')}
                  </Button>
                </Space>
              ) : (
                <Button size="small" type="link" icon={<EditOutlined />} disabled={editing !== null} onClick={() => startEdit(row)} data-testid="weights-edit">
                  {t('compute.edit')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={16}>
        <Card title={t('compute.weightsTitle')} extra={<Typography.Text type="secondary">{t('compute.weightsHint')}</Typography.Text>}>
          {error && !data && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 12 }} />}
          {fieldErrors.general && <Alert type="error" showIcon title={fieldErrors.general} style={{ marginBottom: 12 }} data-testid="weights-error" />}
          <Table<Row>
            rowKey={(row) => row.organisation.id}
            size="small"
            columns={columns}
            dataSource={rows}
            loading={loading && !data}
            pagination={false}
            onRow={(row) => ({ ...dataAttributes({ testid: `weights-row-${row.organisation.id}`, 'organisation-name': row.organisation.name }) })}
            data-testid="weights-table"
          />
        </Card>
      </Col>
      <Col xs={24} xxl={8}>
        <QueueHead clusterId={clusterId} cardTypes={cardTypes} />
      </Col>
    </Row>
  );
}
