import { useQuery } from '@apollo/client/react';
import { Alert, Card, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedState, NeedUrgency, ResourceKind } from '../../gql/graphql';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { ConnectionTable } from '../../shared/ui/ConnectionTable';
import { PageHeader } from '../../shared/ui/PageHeader';
import { NEED_STATES, NEED_URGENCIES, RESOURCE_KINDS } from './matchmaking-enums';
import { MatchNeedsQuery } from './matchmaking.operations';
import { appendNeeds, needColumns, type NeedRow } from './need-columns';

/**
 * 需求: every startup's needs, open ones by default. The API filters by state; kind and urgency are
 * filtered here over the loaded pages (at most 100 a page), and the count says how many are loaded.
 */
export function NeedsPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<NeedState[]>(['OPEN']);
  const [kind, setKind] = useState<ResourceKind[]>([]);
  const [urgency, setUrgency] = useState<NeedUrgency[]>([]);
  const { data, loading, error, fetchMore } = useQuery(MatchNeedsQuery, { variables: { first: 100, state: state.length ? state : null } });
  const connection = useMemo(() => {
    const source = data?.matchNeeds;
    if (!source) return undefined;
    const edges = source.edges.filter(({ node }) => (!kind.length || kind.includes(node.kind)) && (!urgency.length || urgency.includes(node.urgency)));
    return { ...source, edges };
  }, [data, kind, urgency]);
  const filtered = kind.length > 0 || urgency.length > 0;
  return (
    <div data-testid="match-needs-page">
      <PageHeader title={t('matchmaking.needs.title')} subtitle={t('matchmaking.needs.subtitle')} />
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select mode="multiple" allowClear style={{ minWidth: 180 }} placeholder={t('matchmaking.needs.state')} value={state} onChange={setState}
            options={NEED_STATES.map((v) => ({ value: v, label: t(`enums.NeedState.${v}`) }))} data-testid="filter-need-state" />
          <Select mode="multiple" allowClear style={{ minWidth: 200 }} placeholder={t('matchmaking.kind')} value={kind} onChange={setKind}
            options={RESOURCE_KINDS.map((v) => ({ value: v, label: t(`enums.ResourceKind.${v}`) }))} data-testid="filter-need-kind" />
          <Select mode="multiple" allowClear style={{ minWidth: 160 }} placeholder={t('matchmaking.needs.urgency')} value={urgency} onChange={setUrgency}
            options={NEED_URGENCIES.map((v) => ({ value: v, label: t(`enums.NeedUrgency.${v}`) }))} data-testid="filter-need-urgency" />
          {filtered && connection && (
            <Typography.Text type="secondary" data-testid="needs-filtered-count">
              {t('matchmaking.needs.filteredCount', { shown: connection.edges.length, loaded: data?.matchNeeds.edges.length ?? 0 })}
            </Typography.Text>
          )}
        </Space>
        {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
        <ConnectionTable<NeedRow>
          connection={connection}
          columns={needColumns(t, true)}
          loading={loading}
          onLoadMore={(after) => void fetchMore({ variables: { after }, updateQuery: appendNeeds })}
          scrollX={1200}
          testId="needs-table"
        />
      </Card>
    </div>
  );
}
