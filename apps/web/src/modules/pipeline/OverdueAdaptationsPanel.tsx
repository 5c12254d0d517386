import { WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { ADAPTATION_CHECKLIST } from '@suanli/domain';
import { Alert, Badge, Button, Card, Empty, Progress, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { OverdueAdaptationsQuery } from './pipeline.operations';

const PAGE = 10;

export function OverdueAdaptationsPanel() {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(OverdueAdaptationsQuery, { variables: { first: PAGE } });
  const connection = data?.overdueAdaptations;

  return (
    <Card
      size="small"
      className="overdue-panel"
      data-testid="overdue-adaptations"
      title={
        <span>
          <WarningOutlined style={{ color: '#fa541c', marginInlineEnd: 8 }} />
          {t('pipeline.overdueTitle')}
          <Badge count={connection?.totalCount ?? 0} showZero style={{ marginInlineStart: 8 }} color={connection?.totalCount ? '#fa541c' : '#bfbfbf'} />
        </span>
      }
    >
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
      {loading && !data ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (connection?.edges.length ?? 0) === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pipeline.overdueEmpty')} />
      ) : (
        <ul className="plain-list overdue-list">
          {connection?.edges.map(({ node }) => {
            const done = node.adaptation?.completedItems.length ?? 0;
            return (
              <li key={node.id} className="overdue-item" data-testid={`overdue-${node.id}`}>
                <div className="overdue-item-text">
                  <Link to={`/projects/${node.id}`} className="overdue-item-title">
                    {node.name}
                  </Link>
                  <Typography.Text type="secondary">{node.organisation.name}</Typography.Text>
                  <Typography.Text type="danger">
                    {t('pipeline.overdueDue', { date: formatDateTime(node.adaptation?.dueAt) })}
                  </Typography.Text>
                </div>
                <Progress
                  type="circle"
                  size={40}
                  percent={Math.round((done / ADAPTATION_CHECKLIST.length) * 100)}
                  format={() => `${done}/${ADAPTATION_CHECKLIST.length}`}
                  status="exception"
                />
              </li>
            );
          })}
        </ul>
      )}
      {connection?.pageInfo.hasNextPage && (
        <Button
          block
          type="link"
          onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        >
          {t('common.loadMore')}
        </Button>
      )}
    </Card>
  );
}
