import { ExperimentOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPLAY_TIME_ZONE } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { SchedulingSnapshotQuery } from './compute-portal.operations';
import { useDebounced } from './use-debounced';
import { describeProblem } from './request-form-model';
import { parseSnapshot, whatIf, type WhatIfRequest } from './what-if';
import { describeWait } from '../compute/wait-reason';

function formatSecondsLong(s: number): string {
  return dayjs.unix(s).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD HH:mm');
}

/**
 * The live estimate beside the request form, computed in the browser: the API's scheduler
 * snapshot plus this hypothetical request, run through `schedule()` from @suanli/allocation.
 */
export function WhatIfCard({ clusterId, request }: { clusterId: string | undefined; request: WhatIfRequest | null }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SchedulingSnapshotQuery, {
    variables: { clusterId },
    skip: !clusterId,
    fetchPolicy: 'no-cache',
    pollInterval: 30_000,
  });
  const snapshot = useMemo(() => parseSnapshot(data?.schedulingSnapshot.input), [data]);
  const settled = useDebounced(request, 300);
  const result = useMemo(
    () => (snapshot && data && settled ? whatIf(snapshot, data.schedulingSnapshot.ownOrganisationKey, settled) : null),
    [snapshot, data, settled],
  );

  const snapshotTime = snapshot ? formatSecondsLong(snapshot.nowS) : '—';
  return (
    <Card
      className="whatif-card"
      title={
        <span>
          <ExperimentOutlined /> {t('whatIf.title')}
        </span>
      }
      extra={<Button size="small" type="text" icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading} aria-label={t('pipeline.refresh')} />}
      data-testid="what-if"
      data-kind={result?.kind ?? 'none'}
    >
      {error && !snapshot && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
      {!snapshot && loading ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : !settled ? (
        <Typography.Text type="secondary">{t('whatIf.fillForm')}</Typography.Text>
      ) : !result ? null : result.kind === 'invalid' ? (
        <Alert
          type="warning"
          showIcon
          title={t('whatIf.impossible')}
          description={
            <ul className="whatif-problems">
              {result.problems.map((problem) => (
                <li key={problem.code} data-code={problem.code}>{describeProblem(problem, t)}</li>
              ))}
            </ul>
          }
          data-testid="what-if-invalid"
        />
      ) : result.kind === 'now' ? (
        <div>
          <div className="whatif-headline whatif-now" data-testid="what-if-headline">
            {t('whatIf.startsNow')}
          </div>
          <Typography.Text type="secondary">{t('whatIf.startsNowDetail', { cards: settled.cards, cardType: settled.cardType })}</Typography.Text>
        </div>
      ) : (
        <div>
          <div className="whatif-headline whatif-later" data-testid="what-if-headline">
            {result.estimatedStartS != null ? t('whatIf.startsAt', { time: formatSecondsLong(result.estimatedStartS) }) : t('whatIf.never')}
          </div>
          <Descriptions
            size="small"
            column={1}
            style={{ marginTop: 8 }}
            items={[
              {
                key: 'position',
                label: t('whatIf.position'),
                children: <span data-testid="what-if-position">{t('whatIf.positionValue', { position: result.position, waiting: result.waiting, cardType: settled.cardType })}</span>,
              },
              {
                key: 'reason',
                label: t('whatIf.reason'),
                children: <span data-testid="what-if-reason">{describeWait(result.reason, t)}</span>,
              },
            ]}
          />
        </div>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
        {t('whatIf.footnote', { time: snapshotTime })}
      </Typography.Paragraph>
    </Card>
  );
}
