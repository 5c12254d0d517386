import { Alert, Card, Empty, Segmented, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { AllocationItem } from './AllocationItem';
import { useMyAllocations, type AllocationScope } from './use-my-allocations';

/** 我的算力: queued requests with place and honest estimate, running ones with time left, and the history. */
export function MyAllocationsCard() {
  const { t } = useTranslation();
  const { data, loading, error, rows, scope, setScope, now, more, cancelRow, finishRow } = useMyAllocations();
  return (
    <Card
      title={t('myAllocations.title')}
      extra={
        <Segmented<AllocationScope>
          size="small"
          value={scope}
          onChange={setScope}
          options={[
            { value: 'open', label: t('myAllocations.open') },
            { value: 'all', label: t('myAllocations.all') },
          ]}
          data-testid="my-allocations-scope"
        />
      }
      data-testid="my-allocations"
    >
      {error && !data && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
      {!data && loading ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty description={scope === 'open' ? t('myAllocations.emptyOpen') : t('myAllocations.empty')} />
      ) : (
        <ul className="plain-list">
          {rows.map((row) => (
            <AllocationItem key={row.id} row={row} now={now} onCancel={cancelRow} onFinish={finishRow} />
          ))}
        </ul>
      )}
      {more > 0 && <Typography.Text type="secondary">{t('myAllocations.more', { count: more })}</Typography.Text>}
    </Card>
  );
}
