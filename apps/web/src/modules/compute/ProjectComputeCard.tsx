import { ThunderboltOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { COMPUTE_STAGES } from '@suanli/domain';
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProjectAllocationSummaryQuery } from './compute.operations';
import { useFormat } from '../../shared/format/use-format';

/** Running cards, queued requests and card-hours of one project; hidden if the summary cannot load. */
export function ProjectComputeCard({ projectId, founder }: { projectId: string; founder: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(ProjectAllocationSummaryQuery, { variables: { id: projectId }, pollInterval: 30_000 });
  const project = data?.project;
  if (!project) return null;
  const summary = project.allocationSummary;
  const computeStage = (COMPUTE_STAGES as readonly string[]).includes(project.stage);
  // Nothing to say about an application that never used compute.
  if (!computeStage && summary.runningCards === 0 && summary.queuedRequests === 0 && summary.cardHours === 0) return null;
  const canRequest = founder && computeStage;
  const link = founder ? (canRequest ? '/portal/compute' : null) : '/compute?tab=queue';
  return (
    <Card
      title={
        <span>
          <ThunderboltOutlined /> {t('projectCompute.title')}
        </span>
      }
      extra={link && <Link to={link}>{founder ? t('nav.requestCompute') : t('projectCompute.openQueue')}</Link>}
      data-testid="project-compute"
    >
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title={t('projectCompute.runningCards')} value={summary.runningCards} />
        </Col>
        <Col span={8}>
          <Statistic title={t('projectCompute.queued')} value={summary.queuedRequests} />
        </Col>
        <Col span={8}>
          <Statistic title={t('projectCompute.cardHours')} value={format.number(summary.cardHours)} />
        </Col>
      </Row>
    </Card>
  );
}
