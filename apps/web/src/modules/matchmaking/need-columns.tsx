import type { ColumnsType } from 'antd/es/table';
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { MatchNeedListFieldsFragment, MatchNeedsQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/format';
import { MatchTagList, NeedStateTag, UrgencyTag } from './match-tags';

export type NeedRow = MatchNeedListFieldsFragment;

/** The columns of a needs list; `withStartup` for the managers' list of every startup's needs. */
export function needColumns(t: TFunction, withStartup: boolean): ColumnsType<NeedRow> {
  return [
    ...(withStartup ? [{ key: 'startup', title: t('matchmaking.needs.startup'), render: (_: unknown, row: NeedRow) => row.organisationName ?? '—' }] : []),
    { key: 'project', title: t('matchmaking.needs.project'), render: (_, row) => row.projectName ?? '—' },
    { key: 'kind', title: t('matchmaking.kind'), render: (_, row) => t(`enums.ResourceKind.${row.kind}`) },
    { key: 'urgency', title: t('matchmaking.needs.urgency'), render: (_, row) => <UrgencyTag urgency={row.urgency} /> },
    {
      key: 'description',
      title: t('matchmaking.needs.description'),
      render: (_, row) => <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.description }} style={{ margin: 0, maxWidth: 320 }} data-testid="need-description">{row.description}</Typography.Paragraph>,
    },
    { key: 'tags', title: t('matchmaking.tags.title'), render: (_, row) => <MatchTagList tags={row.tags} /> },
    { key: 'state', title: t('matchmaking.needs.state'), render: (_, row) => <NeedStateTag state={row.state} /> },
    { key: 'posted', title: t('matchmaking.needs.posted'), render: (_, row) => `${formatDateTime(row.createdAt)}${row.postedByName ? ` · ${row.postedByName}` : ''}` },
  ];
}

export function appendNeeds(prev: MatchNeedsQuery, { fetchMoreResult }: { fetchMoreResult: MatchNeedsQuery }): MatchNeedsQuery {
  return { matchNeeds: { ...fetchMoreResult.matchNeeds, edges: [...prev.matchNeeds.edges, ...fetchMoreResult.matchNeeds.edges] } };
}
