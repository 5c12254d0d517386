import { Alert, Card, Col, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import '../compute/compute.css';
import { MyAllocationsCard } from './MyAllocationsCard';
import { MyUsageCard } from './MyUsageCard';
import { RequestForm } from './RequestForm';
import { useRequestCompute } from './use-request-compute';
import { WhatIfCard } from './WhatIfCard';

/** 申请算力: the request form with a live what-if estimate beside it, then my allocations and usage. */
export function RequestComputePage() {
  const { t } = useTranslation();
  const model = useRequestCompute();
  const { data, loading, error, projects, cluster, preview } = model;
  return (
    <div data-testid="request-compute-page">
      <PageHeader title={t('request.title')} subtitle={t('request.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('request.formTitle')}>
            {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 12 }} />}
            {!data && loading ? (
              <Skeleton active paragraph={{ rows: 8 }} />
            ) : projects.length === 0 ? (
              <Alert type="info" showIcon title={t('request.noProjects')} description={<Link to="/portal">{t('nav.portal')}</Link>} data-testid="request-no-projects" />
            ) : (
              <RequestForm model={model} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <WhatIfCard clusterId={cluster?.id} request={projects.length > 0 ? preview : null} />
        </Col>
        <Col xs={24} xl={14}>
          <MyAllocationsCard />
        </Col>
        <Col xs={24} xl={10}>
          <MyUsageCard projects={data?.projects.edges.map((e) => e.node) ?? []} />
        </Col>
      </Row>
    </div>
  );
}
