import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { TransitionModal } from '../projects/TransitionModal';
import { OverdueAdaptationsPanel } from './OverdueAdaptationsPanel';
import { PipelineColumn } from './PipelineColumn';
import { OverdueAdaptationsQuery, PipelineQuery } from './pipeline.operations';
import type { PipelineProject } from './ProjectCard';

const PER_STAGE = 50;

export function PipelinePage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [moving, setMoving] = useState<PipelineProject | null>(null);
  const { data, loading, error, refetch } = useQuery(PipelineQuery, {
    variables: { perStage: PER_STAGE },
    // Several managers work the same board: pick up their moves without a manual refresh.
    pollInterval: 60_000,
    notifyOnNetworkStatusChange: true,
  });

  return (
    <div className="pipeline-page">
      <PageHeader
        title={t('pipeline.title')}
        subtitle={t('pipeline.subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void refetch()} data-testid="pipeline-refresh">
            {t('pipeline.refresh')}
          </Button>
        }
      />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      <OverdueAdaptationsPanel />
      <div className="pipeline-board" data-testid="pipeline-board">
          {!data && loading ? (
            <Skeleton active paragraph={{ rows: 8 }} />
          ) : (
            data?.pipeline.map((column) => (
              <PipelineColumn
                key={column.stage}
                stage={column.stage}
                totalCount={column.totalCount}
                projects={column.projects}
                canMove={can('PROJECT_TRANSITION')}
                onMove={setMoving}
              />
            ))
          )}
      </div>
      <TransitionModal
        project={moving}
        onClose={() => setMoving(null)}
        refetchQueries={[PipelineQuery, OverdueAdaptationsQuery]}
      />
    </div>
  );
}
