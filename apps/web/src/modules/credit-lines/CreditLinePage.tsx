import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { creditLinePaths, type CreditLineArea } from './area-paths';
import { CreditLineQuery } from './credit-lines.operations';
import { CreditLineView } from './CreditLineView';

/** One line; another startup's (or a wrong id) reads as not found, since the API answers null for both. */
export function CreditLinePage({ area }: { area: CreditLineArea }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const paths = creditLinePaths[area];
  const { data, loading, error } = useQuery(CreditLineQuery, { variables: { id } });
  const back = <Link to={paths.list}><ArrowLeftOutlined /> {t('creditLines.backToList')}</Link>;
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} description={back} />;
  if (!data && loading) return <Card><Skeleton active paragraph={{ rows: 8 }} /></Card>;
  const line = data?.creditLine;
  if (!line) return <Empty description={t('creditLines.notFound')} data-testid="credit-line-not-found">{back}</Empty>;
  return (
    <div data-testid="credit-line-page">
      <div style={{ marginBottom: 8 }}>{back}</div>
      <PageHeader
        title={t('creditLines.lineTitle', { project: line.projectName })}
        subtitle={
          <>
            {area === 'console' ? `${line.organisationName} · ` : ''}
            <Link to={paths.termSheet(line.termSheetId)} data-testid="credit-line-term-sheet">{t('creditLines.version', { no: line.versionNo })}</Link>
          </>
        }
      />
      <CreditLineView line={line} invoiceHref={paths.invoice} />
    </div>
  );
}
