import { EditOutlined } from '@ant-design/icons';
import { Button, InputNumber, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Format } from '../../shared/format/use-format';
import { KindTag } from '../../shared/ui/enum-tags';
import type { WeightsDraft } from './organisation-weights-model';
import type { OrganisationWeightsModel, WeightsRow } from './use-organisation-weights';

/** One number of the draft with its error under it. No min/max: a clamped value hides the mistake. */
function DraftNumber({ model, field, testId, placeholder, width = 120 }: {
  model: OrganisationWeightsModel; field: keyof WeightsDraft; testId: string; placeholder?: string; width?: number;
}) {
  const error = model.fieldErrors[field];
  return (
    <div>
      <InputNumber
        size="small"
        value={model.draft[field]}
        placeholder={placeholder}
        status={error ? 'error' : undefined}
        onChange={(value) => model.change({ [field]: value })}
        data-testid={testId}
        style={{ width }}
      />
      {error && <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }} data-testid={`${testId}-error`}>{error}</Typography.Text>}
    </div>
  );
}

const numeric = (value: ReactNode, testId?: string) => <span className="numeric" data-testid={testId}>{value}</span>;

/** The weights table's columns: read-only cells, or the edited row's inputs. */
export function weightsColumns(model: OrganisationWeightsModel, t: TFunction, format: Pick<Format, 'number'>, colourOf: (id: string) => string, canEdit: boolean): ColumnsType<WeightsRow> {
  const edited = (row: WeightsRow) => model.editing === row.organisation.id;
  const columns: ColumnsType<WeightsRow> = [
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
      render: (_, row) => (edited(row) ? <DraftNumber model={model} field="weight" testId="weight-input" width={100} /> : numeric(row.weight, 'weight-value')),
    },
    {
      title: t('compute.quota'),
      width: 150,
      render: (_, row) =>
        edited(row) ? (
          <DraftNumber model={model} field="quotaCards" testId="quota-input" placeholder={t('compute.noQuota')} />
        ) : (
          numeric(row.quotaCards ?? <Typography.Text type="secondary">{t('compute.noQuota')}</Typography.Text>, 'quota-value')
        ),
    },
    {
      title: t('urgency.budgetColumn'),
      width: 150,
      render: (_, row) =>
        edited(row) ? (
          <DraftNumber model={model} field="urgentCardHoursPerMonth" testId="urgent-budget-input" />
        ) : (
          numeric(t('urgency.budgetUsed', { used: format.number(row.urgentCardHoursUsed), total: format.number(row.urgentCardHoursPerMonth) }), 'urgent-budget-value')
        ),
    },
    { title: t('compute.runningCards'), dataIndex: 'runningCards', width: 100, align: 'right', render: (value: number) => numeric(value) },
    { title: t('compute.queuedRequests'), dataIndex: 'queuedRequests', width: 100, align: 'right', render: (value: number) => numeric(value) },
    { title: t('compute.cardHours7d'), dataIndex: 'cardHours7d', width: 130, align: 'right', render: (value: number) => numeric(format.number(value)) },
  ];
  if (!canEdit) return columns;
  columns.push({
    title: '',
    width: 150,
    render: (_: unknown, row: WeightsRow) =>
      edited(row) ? (
        <Space size={4}>
          <Button size="small" type="primary" loading={model.saving} onClick={() => void model.onSave(row)} data-testid="weights-save">
            {t('compute.save')}
          </Button>
          <Button size="small" onClick={model.cancelEdit} data-testid="weights-cancel">
            {t('common.cancel')}
          </Button>
        </Space>
      ) : (
        <Button size="small" type="link" icon={<EditOutlined />} disabled={model.editing !== null} onClick={() => model.startEdit(row)} data-testid="weights-edit">
          {t('compute.edit')}
        </Button>
      ),
  });
  return columns;
}
