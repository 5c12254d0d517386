import { useQuery } from '@apollo/client/react';
import { Alert, Card, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntroductionStatus } from '../../gql/graphql';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { appendIntroductions, IntroductionList } from './introduction-list';
import { INTRODUCTION_STATUSES } from './matchmaking-enums';
import { IntroductionsQuery } from './matchmaking.operations';
import { MyResourcesCard } from './MyResourcesCard';
import { ReminderSettingCard } from './ReminderSettingCard';

/**
 * 引荐 in the console: managers see every introduction and record meetings and outcomes; staff who
 * own a resource (a consultant as mentor) see their resources' introductions and answer for them.
 */
export function IntroductionsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const manager = can('MATCHMAKING_MANAGE');
  const [status, setStatus] = useState<IntroductionStatus[]>([]);
  const { data, loading, error, fetchMore } = useQuery(IntroductionsQuery, { variables: { first: 50, status: status.length ? status : null } });
  const items = data?.introductions.edges.map((e) => e.node) ?? [];
  return (
    <div data-testid="match-introductions-page">
      <PageHeader title={t('matchmaking.introductions.title')} subtitle={t(manager ? 'matchmaking.introductions.subtitleManager' : 'matchmaking.introductions.subtitleOwner')} />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {manager ? <ReminderSettingCard /> : <MyResourcesCard />}
        <Card>
          <Space wrap style={{ marginBottom: 12 }}>
            <Select mode="multiple" allowClear style={{ minWidth: 220 }} placeholder={t('matchmaking.introductions.status')} value={status} onChange={setStatus}
              options={INTRODUCTION_STATUSES.map((v) => ({ value: v, label: t(`enums.IntroductionStatus.${v}`) }))} data-testid="filter-introduction-status" />
          </Space>
          {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
          <IntroductionList items={items} connection={data?.introductions} loading={loading} basePath="/matchmaking/introductions" testId="introductions-list"
            onLoadMore={(after) => void fetchMore({ variables: { after }, updateQuery: appendIntroductions })} />
        </Card>
      </Space>
    </div>
  );
}
