import { Badge, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectStage } from '../../gql/graphql';
import { StageTag } from '../../shared/ui/enum-tags';
import { ProjectCard, type PipelineProject } from './ProjectCard';

interface Props {
  stage: ProjectStage;
  totalCount: number;
  projects: readonly PipelineProject[];
  canMove: boolean;
  onMove: (project: PipelineProject) => void;
}

export function PipelineColumn({ stage, totalCount, projects, canMove, onMove }: Props) {
  const { t } = useTranslation();
  const hidden = totalCount - projects.length;

  return (
    <section className={`pipeline-column pipeline-column-${stage.toLowerCase()}`} data-testid={`pipeline-column-${stage}`}>
      <header className="pipeline-column-header">
        <StageTag stage={stage} />
        <Badge
          count={totalCount}
          showZero
          overflowCount={999}
          color={totalCount > 0 ? '#1677ff' : '#bfbfbf'}
          data-testid={`pipeline-count-${stage}`}
        />
      </header>
      <div className="pipeline-column-body">
        {projects.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pipeline.empty')} />
        ) : (
          projects.map((project) => <ProjectCard key={project.id} project={project} canMove={canMove} onMove={onMove} />)
        )}
        {hidden > 0 && (
          <Typography.Text type="secondary" className="pipeline-column-more">
            {t('pipeline.moreInStage', { count: hidden })}
          </Typography.Text>
        )}
      </div>
    </section>
  );
}
