import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { CooperationModeTags, StageTag } from '../../shared/ui/enum-tags';
import { MyProjectsQuery } from './portal.operations';

export function MyProjectsCard() {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(MyProjectsQuery, { variables: { first: 20 } });
  const connection = data?.projects;
  const apply = (
    <Link to="/portal/apply">
      <Button type="primary" icon={<PlusOutlined />} data-testid="portal-apply">
        {t('portal.apply')}
      </Button>
    </Link>
  );

  return (
    <Card title={t('portal.myProjects')} extra={apply} data-testid="my-projects">
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
      {!data && loading ? (
        <Skeleton active />
      ) : (connection?.edges.length ?? 0) === 0 ? (
        <Empty description={t('portal.noProjects')} />
      ) : (
        <ul className="plain-list">
          {connection?.edges.map(({ node }) => (
            <li key={node.id} className="my-project" data-testid={`my-project-${node.id}`} data-project-name={node.name}>
              <div className="my-project-head">
                <Link to={`/portal/projects/${node.id}`} className="my-project-name" data-testid="my-project-link">
                  {node.name}
                </Link>
                <StageTag stage={node.stage} />
              </div>
              <div className="my-project-meta">
                <CooperationModeTags modes={node.cooperationModes} />
                <Typography.Text type="secondary">{t('pipeline.enteredAt', { date: formatDateTime(node.stageEnteredAt) })}</Typography.Text>
              </div>
              {node.lastTransitionReason && (
                <Typography.Paragraph type="secondary" className="my-project-reason" ellipsis={{ rows: 2 }}>
                  {t('projects.lastReasonLine', { reason: node.lastTransitionReason })}
                </Typography.Paragraph>
              )}
            </li>
          ))}
        </ul>
      )}
      {connection?.pageInfo.hasNextPage && (
        <Button block type="link" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          {t('common.loadMore')}
        </Button>
      )}
    </Card>
  );
}
