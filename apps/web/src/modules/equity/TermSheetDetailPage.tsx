import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Result, Row, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { TermSheetSide } from '../../gql/graphql';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { AskAboutThis } from '../consulting/AskAboutThis';
import { creditLinePaths, CreditLineView } from '../credit-lines';
import { AcceptanceList } from './AcceptanceList';
import { TermSheetQuery } from './equity.operations';
import { NegotiationBanner } from './NegotiationBanner';
import { SheetActions } from './SheetActions';
import { TermSheetStatusTag } from './TermSheetStatusTag';
import { TermsFacts } from './TermsFacts';
import { VersionDiff } from './VersionDiff';
import { VersionHistory } from './VersionHistory';

/**
 * One term sheet, for the centre (console) and for the founders (portal, `side="FOUNDER"`): the
 * current terms and figures, the version history, a diff of any two versions, the acceptances, and
 * the actions. A sheet the caller may not see comes back null from the API: a plain "not found".
 */
export function TermSheetDetailPage({ side, basePath }: { side: TermSheetSide; basePath: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(TermSheetQuery, { variables: { id } });
  const sheet = data?.termSheet;
  const back = <Link to={basePath}>{t('equity.detail.backToList')}</Link>;
  if (loading && !data) return <Skeleton active />;
  if (error && !sheet) return <Alert type="error" showIcon title={describeRequestError(error, t)} action={back} />;
  if (!sheet) return <Result status="404" title={t('equity.detail.notFound')} extra={back} data-testid="term-sheet-not-found" />;
  return (
    <div data-testid="term-sheet-detail" data-term-sheet-id={sheet.id} data-status={sheet.status}>
      <PageHeader
        title={
          <Space wrap>
            <span>{sheet.projectName ?? sheet.projectId}</span>
            <TermSheetStatusTag status={sheet.status} />
          </Space>
        }
        subtitle={
          <Space wrap separator="·">
            {sheet.organisationName}
            {back}
          </Space>
        }
        extra={side === 'FOUNDER' && <AskAboutThis kind="TERM_SHEET" id={sheet.id} />}
      />
      <NegotiationBanner sheet={sheet} mySide={side} />
      {can('EQUITY_NEGOTIATE') && (
        <div style={{ marginBottom: 16 }}>
          <SheetActions sheet={sheet} mySide={side} basePath={basePath} />
        </div>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card size="small" title={t('equity.detail.terms', { version: sheet.currentVersion.versionNo })}>
            <TermsFacts version={sheet.currentVersion} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('equity.detail.history')}>
            <VersionHistory sheet={sheet} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('equity.detail.diff')}>
            <VersionDiff key={sheet.versions.length} termSheetId={sheet.id} versionNos={sheet.versions.map((v) => v.versionNo)} />
          </Card>
        </Col>
        {sheet.creditLine && (
          <Col xs={24}>
            <Card
              size="small"
              title={t('equity.detail.creditLine')}
              extra={<Link to={creditLinePaths[side === 'CENTRE' ? 'console' : 'portal'].line(sheet.creditLine.id)}>{t('equity.detail.openCreditLine')}</Link>}
              data-testid="term-sheet-credit-line"
            >
              <CreditLineView line={sheet.creditLine} invoiceHref={creditLinePaths[side === 'CENTRE' ? 'console' : 'portal'].invoice} />
            </Card>
          </Col>
        )}
        <Col xs={24}>
          <Card size="small" title={t('equity.detail.acceptances')}>
            <AcceptanceList acceptances={sheet.acceptances} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
