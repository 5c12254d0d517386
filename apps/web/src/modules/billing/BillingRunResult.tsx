import { Descriptions, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BillingRunFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/datetime';

/** A finished run: what it created and which organisations it skipped, and why. */
export function BillingRunResult({ run, organisationName }: { run: BillingRunFieldsFragment; organisationName?: (id: string) => string | undefined }) {
  const { t } = useTranslation();
  return (
    <div data-testid="billing-run-result">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('billing.invoices.month')}>{run.periodMonth}</Descriptions.Item>
        <Descriptions.Item label={t('billing.runs.status')}>{t(`billing.runs.statuses.${run.status}`, { defaultValue: run.status })}</Descriptions.Item>
        <Descriptions.Item label={t('billing.runs.created')}>{run.invoicesCreated}</Descriptions.Item>
        <Descriptions.Item label={t('billing.runs.skipped')}>{run.organisationsSkipped}</Descriptions.Item>
        <Descriptions.Item label={t('billing.runs.finishedAt')}>{formatDateTime(run.finishedAt)}</Descriptions.Item>
      </Descriptions>
      {run.problems.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{t('billing.runs.problems')}</Typography.Text>}
          dataSource={run.problems}
          renderItem={(problem) => (
            <List.Item>
              <span>
                {problem.organisationName ?? organisationName?.(problem.organisationId) ?? problem.organisationId.slice(0, 8)}{' '}
                <Tag color="warning">{t(`enums.UserErrorCode.${problem.code}`, { defaultValue: problem.code })}</Tag>
                {problem.cardType}
              </span>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
