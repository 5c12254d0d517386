import { ArrowLeftOutlined, RollbackOutlined, SwapOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Result, Row, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { StageTag } from '../../shared/ui/enum-tags';
import { PageHeader } from '../../shared/ui/PageHeader';
import { AskAboutThis } from '../consulting/AskAboutThis';
import { useSession } from '../auth/session-context';
import { ProjectComputeCard } from '../compute/ProjectComputeCard';
import { ProjectTermSheetsCard } from '../equity/ProjectTermSheetsCard';
import { AdaptationCard } from './AdaptationCard';
import { ApplicationNextSteps } from './ApplicationNextSteps';
import { HistoryTimeline } from './HistoryTimeline';
import { MilestonesCard } from './MilestonesCard';
import { ProjectMilestonesQuery } from './milestones.operations';
import { ProjectOverviewCard } from './ProjectOverviewCard';
import { ProjectDetailQuery } from './projects.operations';
import { TransitionModal } from './TransitionModal';

/** One page for staff and founders; the API decides which moves `availableTransitions` offers. */
export function ProjectDetailPage({ backTo }: { backTo: string }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user, can } = useSession();
  const [moving, setMoving] = useState(false);
  const { data, loading, error } = useQuery(ProjectDetailQuery, { variables: { id } });
  // The same query as the milestones card (one request): its steps belong in the project's history.
  const milestones = useQuery(ProjectMilestonesQuery, { variables: { id } }).data?.project;
  const project = data?.project;
  const isFounder = user?.role === 'FOUNDER';

  const location = useLocation();
  const navigate = useNavigate();
  // Back to wherever the user came from (board, list, portal); the fallback serves deep links.
  const fallback = backTo === '/pipeline' && !can('PIPELINE_READ') ? '/projects' : backTo;
  const back = (
    <Link
      to={fallback}
      onClick={(event) => {
        if (location.key !== 'default') {
          event.preventDefault();
          navigate(-1);
        }
      }}
    >
      <ArrowLeftOutlined /> {t('common.back')}
    </Link>
  );

  if (!data && loading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (error && !project) return <Alert type="error" showIcon title={describeRequestError(error, t)} action={back} />;
  if (!project) return <Result status="404" subTitle={t('common.notFound')} extra={back} />;

  const canMove = can('PROJECT_TRANSITION') && project.availableTransitions.length > 0;

  return (
    <div className="project-detail" data-testid="project-detail" data-project-id={project.id}>
      <div className="page-back">{back}</div>
      <PageHeader
        title={
          <Space size="middle">
            <span data-testid="project-name">{project.name}</span>
            <StageTag stage={project.stage} />
          </Space>
        }
        subtitle={project.organisation.name}
        extra={
          <Space wrap>
            {isFounder && <AskAboutThis kind="PROJECT" id={project.id} />}
            {canMove && (
              <Button
                type={isFounder ? 'default' : 'primary'}
                danger={isFounder}
                icon={isFounder ? <RollbackOutlined /> : <SwapOutlined />}
                onClick={() => setMoving(true)}
                data-testid="project-transition"
              >
                {isFounder ? t('transition.withdraw') : t('transition.action')}
              </Button>
            )}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {isFounder && project.stage === 'APPLIED' && <ApplicationNextSteps />}
            <ProjectOverviewCard project={project} />
            {project.adaptation && (
              <AdaptationCard
                projectId={project.id}
                stage={project.stage}
                adaptation={project.adaptation}
                canEdit={can('ADAPTATION_WRITE')}
              />
            )}
            <MilestonesCard projectId={project.id} canWrite={can('MILESTONE_WRITE')} canSubmit={can('MILESTONE_SUBMIT')} />
            <ProjectComputeCard projectId={project.id} founder={isFounder} />
            <ProjectTermSheetsCard projectId={project.id} founder={isFounder} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('projects.history')}>
            <HistoryTimeline
              history={project.history}
              milestoneSteps={milestones?.milestoneHistory}
              milestoneTitles={new Map(milestones?.milestones.map((m) => [m.id, m.title]))}
            />
          </Card>
        </Col>
      </Row>
      <TransitionModal
        project={moving ? project : null}
        withdrawOnly={isFounder}
        onClose={() => setMoving(false)}
        refetchQueries={[ProjectDetailQuery]}
      />
    </div>
  );
}
