import { useQuery } from '@apollo/client/react';
import { PROJECT_STAGES } from '@suanli/domain';
import { Alert, Card, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProjectsQuery as ProjectsResult, ProjectStage } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { CooperationModeTags, SensitivityTag, StageTag } from '../../shared/ui/enum-tags';
import { LoadMore } from '../../shared/ui/LoadMore';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { ProjectsQuery } from './projects.operations';

type Row = ProjectsResult['projects']['edges'][number]['node'];
const PAGE = 20;

export function ProjectsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [stage, setStage] = useState<ProjectStage | undefined>();
  const { data, loading, error, fetchMore } = useQuery(ProjectsQuery, {
    variables: { first: PAGE, stage },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.projects;

  const columns: ColumnsType<Row> = [
    {
      title: t('projects.name'),
      dataIndex: 'name',
      render: (_, row) => (
        <Space size={4}>
          <Link to={`/projects/${row.id}`}>{row.name}</Link>
          {row.adaptation?.overdue && <Tag color="volcano">{t('adaptation.overdue')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('projects.organisation'),
      render: (_, row) => (
        <Space size={4}>
          {row.organisation.name}
          <SensitivityTag tier={row.organisation.sensitivityTier} compact />
        </Space>
      ),
    },
    { title: t('projects.stage'), dataIndex: 'stage', width: 110, render: (value: ProjectStage) => <StageTag stage={value} /> },
    { title: t('projects.cooperationModes'), render: (_, row) => <CooperationModeTags modes={row.cooperationModes} /> },
    {
      title: t('projects.lastReason'),
      dataIndex: 'lastTransitionReason',
      ellipsis: true,
      render: (value: string | null) => value ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    { title: t('projects.stageEnteredAt'), dataIndex: 'stageEnteredAt', width: 160, render: (value: string) => formatDateTime(value) },
  ];

  return (
    <div>
      <PageHeader
        title={t('projects.title')}
        subtitle={!can('PROJECT_TRANSITION') ? <Tag>{t('common.readOnly')}</Tag> : undefined}
        extra={
          <Select<ProjectStage>
            allowClear
            placeholder={t('projects.stageFilter')}
            style={{ width: 180 }}
            value={stage}
            onChange={(value) => setStage(value ?? undefined)}
            options={PROJECT_STAGES.map((value) => ({ value, label: t(`enums.ProjectStage.${value}`) }))}
            data-testid="projects-stage-filter"
          />
        }
      />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      <Card>
        <Table<Row>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={connection?.edges.map((edge) => edge.node) ?? []}
          loading={loading && !data}
          pagination={false}
          data-testid="projects-table"
        />
        {connection && (
          <LoadMore
            loaded={connection.edges.length}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={loading}
            onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          />
        )}
      </Card>
    </div>
  );
}
