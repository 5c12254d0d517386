import { ThunderboltOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Empty, Input, Popconfirm, Segmented, Space, Statistic, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../shared/format/use-format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { aboveGreedy, refusedItem } from './matchmaking-model';
import { IntroductionsQuery, MatchSuggestionsQuery, ProposeIntroductionMutation, ProposeIntroductionsMutation } from './matchmaking.operations';
import { NeedSuggestionCard, type NeedSuggestion } from './NeedSuggestionCard';
import { useMatchAction } from './use-match-action';

interface Proposed { introductionId: string; label: string }

/**
 * 撮合建议: the assignment over every open need at once (capacity and conflicts respected), with each
 * need's ranked resources and why; the manager proposes the assignment's choice, swaps to another
 * ranked resource, or overrides with any resource of the kind — the server refuses what breaks a rule.
 */
export function SuggestionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const act = useMatchAction();
  const [ran, setRan] = useState(false);
  const [rankedPerNeed, setRankedPerNeed] = useState(5);
  const [search, setSearch] = useState('');
  const [proposed, setProposed] = useState<Proposed[]>([]);
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const { data, loading, error, refetch } = useQuery(MatchSuggestionsQuery, { variables: { rankedPerNeed }, skip: !ran, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  const [propose, { loading: proposingOne }] = useMutation(ProposeIntroductionMutation, { refetchQueries: [MatchSuggestionsQuery, IntroductionsQuery], awaitRefetchQueries: true });
  const [proposeMany, { loading: proposingAll }] = useMutation(ProposeIntroductionsMutation, { refetchQueries: [MatchSuggestionsQuery, IntroductionsQuery], awaitRefetchQueries: true });
  const proposing = proposingOne || proposingAll;
  const result = data?.matchSuggestions;

  const needs = useMemo(() => {
    const words = search.trim().toLowerCase();
    const all = result?.needs ?? [];
    if (!words) return all;
    return all.filter(({ need }) => [need.organisationName, need.projectName, need.description].some((text) => text?.toLowerCase().includes(words)));
  }, [result, search]);

  const proposeFor = async (item: NeedSuggestion, resourceId: string, resourceName: string) => {
    // A refusal stays on the need's card too (the message fades).
    const payload = await act(async () => (await propose({ variables: { input: { needId: item.need.id, resourceId } } })).data?.proposeIntroduction, t('matchmaking.suggestions.proposed'),
      (text) => setRefusals((r) => ({ ...r, [item.need.id]: text })));
    if (!payload) return;
    setRefusals((r) => ({ ...r, [item.need.id]: '' }));
    if (payload.introduction) setProposed((list) => [{ introductionId: payload.introduction!.id, label: `${item.need.organisationName ?? ''} ↔ ${resourceName}` }, ...list]);
  };

  // Every need's assigned resource at once, all or none; a refusal names its item, shown on that need's card.
  const assignedItems = (result?.needs ?? []).flatMap((n) => (n.assigned ? [{ needId: n.need.id, resourceId: n.assigned.resourceId, label: `${n.need.organisationName ?? ''} ↔ ${n.assigned.resource?.name ?? ''}` }] : []));
  const proposeAll = async () => {
    let refusedField: readonly string[] | null = null;
    const payload = await act(
      async () => {
        const answer = (await proposeMany({ variables: { input: { items: assignedItems.map(({ needId, resourceId }) => ({ needId, resourceId })) } } })).data?.proposeIntroductions;
        refusedField = answer?.userErrors[0]?.field ?? null;
        return answer;
      },
      t('matchmaking.suggestions.proposedAll', { count: assignedItems.length }),
      (text) => {
        const needId = refusedItem(refusedField, assignedItems)?.needId;
        if (needId) setRefusals((r) => ({ ...r, [needId]: text }));
      },
    );
    if (!payload?.introductions) return;
    const labels = new Map(assignedItems.map((item) => [item.needId, item.label]));
    setProposed((list) => [...payload.introductions!.map((i) => ({ introductionId: i.id, label: labels.get(i.needId) ?? '' })), ...list]);
  };

  const gain = result ? aboveGreedy(result.totalScore, result.greedyTotalScore, format.locale) : null;
  return (
    <div data-testid="match-suggestions-page">
      <PageHeader
        title={t('matchmaking.suggestions.title')}
        subtitle={t('matchmaking.suggestions.subtitle')}
        extra={
          <Space wrap>
            <Segmented<number> value={rankedPerNeed} onChange={setRankedPerNeed} options={[3, 5, 10].map((n) => ({ value: n, label: t('matchmaking.suggestions.perNeed', { count: n }) }))} />
            <Button type="primary" icon={<ThunderboltOutlined />} loading={loading} data-testid="suggestions-run"
              onClick={() => { if (ran) void refetch(); else setRan(true); }}>
              {ran ? t('matchmaking.suggestions.runAgain') : t('matchmaking.suggestions.run')}
            </Button>
          </Space>
        }
      />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
        {proposed.length > 0 && (
          <Alert type="success" showIcon data-testid="suggestions-proposed" title={t('matchmaking.suggestions.proposedList')}
            description={<Space orientation="vertical" size={2}>{proposed.map((p) => <Link key={p.introductionId} to={`/matchmaking/introductions/${p.introductionId}`} data-testid="proposed-introduction-link">{p.label}</Link>)}</Space>} />
        )}
        {!ran && <Card><Empty description={t('matchmaking.suggestions.notRun')} /></Card>}
        {result && gain && (
          <Card size="small" data-testid="suggestions-summary" data-total={result.totalScore} data-greedy={result.greedyTotalScore}>
            <Space wrap size={32}>
              <Statistic title={t('matchmaking.suggestions.total')} value={result.totalScore} />
              <Statistic title={t('matchmaking.suggestions.greedy')} value={result.greedyTotalScore} />
              <Statistic title={t('matchmaking.suggestions.aboveGreedy')} value={`${gain.points >= 0 ? '+' : ''}${gain.points}${gain.percent ? ` (${gain.percent})` : ''}`} />
              <Descriptions size="small" column={1} items={[
                { key: 'method', label: t('matchmaking.suggestions.method'), children: <Tag data-testid="suggestions-method">{t(`enums.MatchingMethod.${result.method}`)}</Tag> },
                { key: 'needs', label: t('matchmaking.suggestions.needCount'), children: result.needs.length },
                { key: 'at', label: t('matchmaking.suggestions.computedAt'), children: format.zonedDateTime(result.computedAt) },
              ]} />
            </Space>
          </Card>
        )}
        {result && (
          <Space wrap>
            <Input.Search allowClear placeholder={t('matchmaking.suggestions.search')} value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: 360, maxWidth: '100%' }} data-testid="suggestions-search" />
            <Popconfirm title={t('matchmaking.suggestions.proposeAllConfirm', { count: assignedItems.length })} onConfirm={() => void proposeAll()}>
              <Button disabled={assignedItems.length === 0} loading={proposingAll} data-testid="propose-all">{t('matchmaking.suggestions.proposeAll', { count: assignedItems.length })}</Button>
            </Popconfirm>
          </Space>
        )}
        {result && needs.length === 0 && <Card><Empty description={t('matchmaking.suggestions.noNeeds')} /></Card>}
        {needs.map((item) => (
          <NeedSuggestionCard key={item.need.id} item={item} busy={proposing} refusal={refusals[item.need.id] || null}
            onPropose={(resourceId, name) => void proposeFor(item, resourceId, name)} />
        ))}
        {result && <Typography.Text type="secondary">{t('matchmaking.suggestions.footnote')}</Typography.Text>}
      </Space>
    </div>
  );
}
