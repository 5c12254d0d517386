import { Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectDetailQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/datetime';
import { formatFen } from '../../shared/lib/money';
import { CooperationModeTags, IndustryTag, KindTag, SensitivityTag, StageTag } from '../../shared/ui/enum-tags';

type Project = NonNullable<ProjectDetailQuery['project']>;

export function ProjectOverviewCard({ project }: { project: Project }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="project-overview">
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'stage', label: t('projects.stage'), children: <StageTag stage={project.stage} testId="project-stage" /> },
          { key: 'entered', label: t('projects.stageEnteredAt'), children: formatDateTime(project.stageEnteredAt) },
          {
            key: 'organisation',
            label: t('projects.organisation'),
            span: 2,
            children: (
              <Space size={[4, 4]} wrap>
                <Typography.Text strong data-testid="project-organisation">
                  {project.organisation.name}
                </Typography.Text>
                <SensitivityTag tier={project.organisation.sensitivityTier} compact />
                <KindTag kind={project.organisation.kind} />
                <IndustryTag industry={project.organisation.industry} />
              </Space>
            ),
          },
          {
            key: 'modes',
            label: t('projects.cooperationModes'),
            children: <CooperationModeTags modes={project.cooperationModes} />,
          },
          { key: 'created', label: t('projects.createdAt'), children: formatDateTime(project.createdAt) },
          {
            key: 'source',
            label: t('projects.sourcePlatform'),
            children: <span data-testid="project-source-platform">{project.sourcePlatform}</span>,
          },
          {
            key: 'cardNeed',
            label: t('projects.cardNeed'),
            children: (
              <span data-testid="project-card-need">
                {project.cardType && project.cardCountEstimate
                  ? t('projects.cardNeedValue', { count: project.cardCountEstimate, cardType: project.cardType })
                  : t('projects.notGiven')}
              </span>
            ),
          },
          {
            key: 'budget',
            label: t('projects.budget'),
            children: <span data-testid="project-budget">{project.budgetFen ? formatFen(project.budgetFen) : t('projects.notGiven')}</span>,
          },
          {
            key: 'summary',
            label: t('projects.summary'),
            span: 2,
            children: <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{project.summary}</Typography.Paragraph>,
          },
        ]}
      />
    </Card>
  );
}
