import { AccountBookOutlined } from '@ant-design/icons';
import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import type { WhatIfRequest } from './what-if';
import { useCostQuote } from './use-cost-quote';

/** What the request would cost, in one sentence, above the submit button. */
export function CostLine({ request }: { request: WhatIfRequest | null }) {
  const { t } = useTranslation();
  const { line, loading, error } = useCostQuote(request);
  if (!request) return null;
  if (error && !line) return <Alert type="warning" showIcon title={t('costLine.failed', { reason: describeRequestError(error, t) })} style={{ marginBottom: 12 }} />;
  if (!line) return loading ? <Spin size="small" style={{ display: 'block', marginBottom: 12 }} /> : null;
  return (
    <Alert
      type={line.key === 'costLine.unpriced' ? 'warning' : 'info'}
      icon={<AccountBookOutlined />}
      showIcon
      title={t(line.key, line.params)}
      style={{ marginBottom: 12, opacity: loading ? 0.6 : 1 }}
      data-testid="request-cost"
      data-kind={line.key}
    />
  );
}
