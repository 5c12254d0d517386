import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Collapse, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchSuggestionsQuery } from '../../gql/graphql';
import { useLocale } from '../../shared/i18n/use-locale';
import type { Language } from '../../i18n/languages';
import { MatchTagList, UrgencyTag } from './match-tags';
import { inLanguage } from './matchmaking-model';
import { MatchResourcesQuery } from './matchmaking.operations';

export type NeedSuggestion = MatchSuggestionsQuery['matchSuggestions']['needs'][number];
type Scored = NeedSuggestion['ranked'][number] & { reasons?: NonNullable<NeedSuggestion['assigned']>['reasons'] };

interface Props {
  item: NeedSuggestion;
  busy: boolean;
  /** The server's last refusal for this need, in the reader's language. */
  refusal: string | null;
  onPropose: (resourceId: string, resourceName: string) => void;
}

/** One need's ranked resources with their reasons; the assignment's choice is highlighted. */
export function NeedSuggestionCard({ item, busy, refusal, onPropose }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { need, assigned, ranked } = item;
  const assignedId = assigned?.resourceId ?? null;
  // The assignment's entry carries the points of each reason; it may be outside the top N shown: list it first then.
  const withPoints: Scored[] = ranked.map((r) => (assigned && r.resourceId === assignedId ? assigned : r));
  const shown: Scored[] = assigned && !ranked.some((r) => r.resourceId === assignedId) ? [assigned, ...withPoints] : withPoints;
  return (
    <Card
      size="small"
      data-testid="need-suggestions"
      data-need-id={need.id}
      title={
        <Space wrap size={4}>
          <Typography.Text strong>{need.organisationName}</Typography.Text>
          <Typography.Text type="secondary">{need.projectName}</Typography.Text>
          <Tag>{t(`enums.ResourceKind.${need.kind}`)}</Tag>
          <UrgencyTag urgency={need.urgency} />
        </Space>
      }
    >
      <Typography.Paragraph style={{ marginBottom: 8, overflowWrap: 'anywhere' }}>{need.description}</Typography.Paragraph>
      <MatchTagList tags={need.tags} />
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginTop: 8 }} data-testid="suggestion-refusal" />}
      {!assigned && ranked.length > 0 && <Alert type="warning" showIcon title={t('matchmaking.suggestions.noAssignment')} style={{ marginTop: 8 }} />}
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matchmaking.suggestions.noneFeasible')} />
      ) : (
        <List
          style={{ marginTop: 8 }}
          dataSource={shown}
          renderItem={(match, index) => (
            <RankedMatch match={match} rank={index + 1} chosen={match.resourceId === assignedId} locale={locale} busy={busy}
              onPropose={() => onPropose(match.resourceId, match.resource?.name ?? '')} />
          )}
        />
      )}
      <Override kind={need.kind} busy={busy} exclude={shown.map((s) => s.resourceId)} onPropose={onPropose} />
    </Card>
  );
}

function RankedMatch({ match, rank, chosen, locale, busy, onPropose }: { match: Scored; rank: number; chosen: boolean; locale: Language; busy: boolean; onPropose: () => void }) {
  const { t } = useTranslation();
  const use = match.resource?.capacityUse;
  return (
    <List.Item
      data-testid="ranked-match"
      data-resource-id={match.resourceId}
      data-chosen={chosen ? 'true' : 'false'}
      className={chosen ? 'match-chosen' : undefined}
      style={chosen ? { background: 'var(--ant-color-success-bg, #f6ffed)', borderLeft: '3px solid var(--ant-color-success, #52c41a)', paddingLeft: 8 } : { paddingLeft: 11 }}
      actions={[
        <Button key="propose" size="small" type={chosen ? 'primary' : 'default'} loading={busy} onClick={onPropose} data-testid="suggestion-propose">
          {chosen ? t('matchmaking.suggestions.proposeAssigned') : t('matchmaking.suggestions.proposeSwap')}
        </Button>,
      ]}
    >
      <List.Item.Meta
        title={
          <Space wrap size={4}>
            <Typography.Text type="secondary">#{rank}</Typography.Text>
            <Typography.Text strong data-testid="ranked-resource-name">{match.resource?.name}</Typography.Text>
            {match.resource?.ownerName && <Typography.Text type="secondary">{match.resource.ownerName}</Typography.Text>}
            <Tag color="blue" data-testid="ranked-score">{t('matchmaking.suggestions.score', { score: match.score })}</Tag>
            {chosen && <Tag color="success" data-testid="ranked-chosen">{t('matchmaking.suggestions.chosen')}</Tag>}
            {use && <Tag>{t('matchmaking.suggestions.placesLeft', { left: use.left, capacity: use.capacity, period: inLanguage(locale, use.periodLabelZh, use.periodLabelEn) })}</Tag>}
          </Space>
        }
        description={
          <>
            <Typography.Text data-testid="ranked-explanation">{inLanguage(locale, match.explanationZh, match.explanationEn)}</Typography.Text>
            {match.reasons && <Collapse ghost size="small" items={[{
              key: 'reasons',
              label: t('matchmaking.suggestions.reasons'),
              children: (
                <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="ranked-reasons">
                  {match.reasons.map((r) => <li key={r.code}>{`${r.points >= 0 ? '+' : ''}${r.points} · ${inLanguage(locale, r.textZh, r.textEn)}`}</li>)}
                </ul>
              ),
            }]} />}
          </>
        }
      />
    </List.Item>
  );
}

/** Any resource of the need's kind, chosen by hand; the server refuses a conflict, a full or an unavailable one. */
function Override({ kind, busy, exclude, onPropose }: { kind: NeedSuggestion['need']['kind']; busy: boolean; exclude: readonly string[]; onPropose: (resourceId: string, name: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<string | null>(null);
  const { data, loading } = useQuery(MatchResourcesQuery, { variables: { first: 100, kind: [kind] }, skip: !open });
  if (!open) return <Button type="link" size="small" onClick={() => setOpen(true)} data-testid="override-open" style={{ paddingLeft: 0 }}>{t('matchmaking.suggestions.override')}</Button>;
  const options = (data?.matchResources.edges ?? []).filter(({ node }) => !exclude.includes(node.id))
    .map(({ node }) => ({ value: node.id, label: `${node.name}${node.ownerName ? ` · ${node.ownerName}` : ''} (${node.capacityUse.left}/${node.capacity})` }));
  const name = options.find((o) => o.value === choice)?.label ?? '';
  return (
    <Space wrap style={{ marginTop: 8 }} data-testid="override">
      <Select showSearch optionFilterProp="label" style={{ minWidth: 260 }} loading={loading} value={choice} onChange={setChoice} options={options}
        placeholder={t('matchmaking.suggestions.overridePlaceholder')} data-testid="override-resource" />
      <Button disabled={!choice} loading={busy} onClick={() => choice && onPropose(choice, name)} data-testid="override-propose">{t('matchmaking.suggestions.overridePropose')}</Button>
    </Space>
  );
}
