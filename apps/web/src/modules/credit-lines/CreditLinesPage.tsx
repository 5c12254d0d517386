import { useQuery } from '@apollo/client/react';
import { Alert, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import type { CreditLineArea } from './area-paths';
import { CreditLinesQuery } from './credit-lines.operations';
import { CreditLinesTable } from './CreditLinesTable';

/** The list: every startup's lines for staff, the founder's own in the portal (the API confines them). */
export function CreditLinesPage({ area }: { area: CreditLineArea }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useQuery(CreditLinesQuery, { variables: {} });
  return (
    <div data-testid="credit-lines-page">
      <PageHeader title={t(area === 'console' ? 'creditLines.title' : 'creditLines.portalTitle')} subtitle={t('creditLines.subtitle', { zone: format.timeZone })} />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      <Card size="small">{loading && !data ? <Skeleton active /> : <CreditLinesTable lines={data?.creditLines ?? []} area={area} />}</Card>
    </div>
  );
}
