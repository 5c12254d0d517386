import { useQuery } from '@apollo/client/react';
import { Alert, Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { IntroductionList } from './introduction-list';
import { IntroductionsQuery } from './matchmaking.operations';
import { MyResourcesCard } from './MyResourcesCard';

/**
 * 我的引荐: the introductions proposed to the founder's startup, to accept or decline; and, when the
 * organisation owns resources (a partner, a customer, an investor), the introductions of those
 * resources, answered for the resource's side. The API gives both; `mySides` tells them apart.
 */
export function MyIntroductionsPage() {
  const { t } = useTranslation();
  // The whole list at once (one organisation's introductions are few), so both sections are complete.
  const { data, loading, error } = useQuery(IntroductionsQuery, { variables: { first: 100 } });
  const all = data?.introductions.edges.map((e) => e.node) ?? [];
  const asStartup = all.filter((i) => i.mySides.includes('STARTUP'));
  const asResource = all.filter((i) => i.mySides.includes('RESOURCE'));
  const base = '/portal/matchmaking/introductions';
  return (
    <div data-testid="my-introductions-page">
      <PageHeader title={t('matchmaking.portal.introductionsTitle')} subtitle={t('matchmaking.portal.introductionsSubtitle')} />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
        <Card title={t('matchmaking.portal.forOurStartup')}>
          <IntroductionList items={asStartup} loading={loading} basePath={base} testId="startup-introductions" emptyText={t('matchmaking.portal.noStartupIntroductions')} />
        </Card>
        <MyResourcesCard />
        {asResource.length > 0 && (
          <Card title={t('matchmaking.portal.forOurResources')}>
            <IntroductionList items={asResource} loading={loading} basePath={base} testId="resource-introductions" />
          </Card>
        )}
      </Space>
    </div>
  );
}
