import { ClockCircleOutlined, FlagOutlined, SwapOutlined, WarningFilled } from '@ant-design/icons';
import { Button, Card, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PipelineQuery } from '../../gql/graphql';
import { formatDateTime, formatShortDateTime } from '../../shared/lib/datetime';
import { IndustryTag, KindTag, SensitivityTag } from '../../shared/ui/enum-tags';

export type PipelineProject = PipelineQuery['pipeline'][number]['projects'][number];

interface Props {
  project: PipelineProject;
  canMove: boolean;
  onMove: (project: PipelineProject) => void;
}

export function ProjectCard({ project, canMove, onMove }: Props) {
  const { t } = useTranslation();
  const overdue = project.adaptation?.overdue === true;
  const movable = canMove && project.availableTransitions.length > 0;

  return (
    <Card
      size="small"
      className={`pipeline-card${overdue ? ' pipeline-card-overdue' : ''}`}
      data-testid={`project-card-${project.id}`}
      data-project-name={project.name}
    >
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        <Link to={`/projects/${project.id}`} className="pipeline-card-title" data-testid="project-card-link">
          {project.name}
        </Link>
        <Typography.Text type="secondary" className="pipeline-card-org" ellipsis>
          {project.organisation.name}
        </Typography.Text>
        <Space size={[0, 4]} wrap>
          <SensitivityTag tier={project.organisation.sensitivityTier} compact />
          {overdue && (
            <Tag color="volcano" icon={<WarningFilled />} data-testid="overdue-flag">
              {t('adaptation.overdue')}
            </Tag>
          )}
          <KindTag kind={project.organisation.kind} />
          <IndustryTag industry={project.organisation.industry} />
          {project.cardType && project.cardCountEstimate && (
            <Tag data-testid="project-card-need">{t('projects.cardNeedValue', { count: project.cardCountEstimate, cardType: project.cardType })}</Tag>
          )}
        </Space>
        {project.nextMilestone && (
          <Tooltip
            title={t('pipeline.milestoneTooltip', { overdue: project.overdueMilestones.length, title: project.nextMilestone.title, date: project.nextMilestone.dueOn })}
          >
            <Typography.Text type="secondary" className="pipeline-card-milestone" ellipsis data-testid="project-card-milestone">
              <FlagOutlined />{' '}
              {project.overdueMilestones.length > 0 && (
                <Typography.Text type="danger" data-testid="project-card-milestones-overdue">
                  {t('pipeline.milestonesOverdue', { count: project.overdueMilestones.length })}
                  {' · '}
                </Typography.Text>
              )}
              {t('pipeline.nextMilestone', { title: project.nextMilestone.title, date: project.nextMilestone.dueOn })}
            </Typography.Text>
          </Tooltip>
        )}
        {project.lastTransitionReason && (
          <Tooltip title={project.lastTransitionReason}>
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} className="pipeline-card-reason">
              “{project.lastTransitionReason}”
            </Typography.Paragraph>
          </Tooltip>
        )}
        <div className="pipeline-card-footer">
          <Tooltip title={t('pipeline.enteredAt', { date: formatDateTime(project.stageEnteredAt) })}>
            <Typography.Text type="secondary" className="pipeline-card-time">
              <ClockCircleOutlined /> {formatShortDateTime(project.stageEnteredAt)}
            </Typography.Text>
          </Tooltip>
          {movable && (
            <Button size="small" icon={<SwapOutlined />} onClick={() => onMove(project)} data-testid="project-card-move">
              {t('pipeline.move')}
            </Button>
          )}
        </div>
      </Space>
    </Card>
  );
}
