import { LeftOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { StageTag } from '../../shared/ui/enum-tags';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { useDebounced } from '../compute-portal/use-debounced';
import { TransitionModal } from '../projects/TransitionModal';
import { OverdueAdaptationsPanel } from './OverdueAdaptationsPanel';
import { PipelineColumn } from './PipelineColumn';
import { OverdueAdaptationsQuery, PipelineQuery } from './pipeline.operations';
import { isFiltered, NO_FILTERS, PipelineToolbar, type PipelineFilterValues } from './PipelineToolbar';
import type { PipelineProject } from './ProjectCard';
import { useBoardScroll } from './use-board-scroll';
import './pipeline.css';

const PER_STAGE = 50;

export function PipelinePage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [moving, setMoving] = useState<PipelineProject | null>(null);
  const [filters, setFilters] = useState<PipelineFilterValues>(NO_FILTERS);
  const search = useDebounced(filters.search.trim(), 300);
  const { data: current, previousData, loading, error, refetch } = useQuery(PipelineQuery, {
    variables: { perStage: PER_STAGE, search: search || null, industry: filters.industry ?? null, overdueOnly: filters.overdueOnly },
    // Several managers work the same board: pick up their moves without a manual refresh.
    pollInterval: 60_000,
    notifyOnNetworkStatusChange: true,
  });
  // While a new filter loads, the board keeps the previous answer instead of flashing a skeleton.
  const data = current ?? previousData;
  const columns = data?.pipeline ?? [];
  const board = useBoardScroll<HTMLDivElement>([columns.length]);
  const matching = data ? columns.reduce((sum, column) => sum + column.totalCount, 0) : undefined;

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
      <PipelineToolbar value={filters} onChange={setFilters} matching={isFiltered(filters) ? matching : undefined} />
      {/* Every stage stays in sight here, whatever the width: a click brings its column into view. */}
      <nav className="pipeline-stages" aria-label={t('pipeline.title')} data-testid="pipeline-stages">
        {columns.map((column) => (
          <button
            type="button"
            key={column.stage}
            className="pipeline-stage-jump"
            onClick={() => board.scrollToColumn(`[data-testid="pipeline-column-${column.stage}"]`)}
            data-testid={`pipeline-jump-${column.stage}`}
          >
            <StageTag stage={column.stage} />
            <Badge count={column.totalCount} showZero overflowCount={999} color={column.totalCount > 0 ? '#1677ff' : '#bfbfbf'} />
          </button>
        ))}
      </nav>
      <div className={`pipeline-board-frame${board.canLeft ? ' can-left' : ''}${board.canRight ? ' can-right' : ''}`}>
        {board.canLeft && (
          <Button
            shape="circle"
            icon={<LeftOutlined />}
            className="pipeline-scroll pipeline-scroll-left"
            aria-label={t('pipeline.scrollLeft')}
            onClick={() => board.scrollByPage(-1)}
            data-testid="pipeline-scroll-left"
          />
        )}
        <div className="pipeline-board" ref={board.ref} data-testid="pipeline-board">
          {!data && loading ? (
            <Skeleton active paragraph={{ rows: 8 }} />
          ) : (
            columns.map((column) => (
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
        {board.canRight && (
          <Button
            shape="circle"
            icon={<RightOutlined />}
            className="pipeline-scroll pipeline-scroll-right"
            aria-label={t('pipeline.scrollRight')}
            onClick={() => board.scrollByPage(1)}
            data-testid="pipeline-scroll-right"
          />
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
