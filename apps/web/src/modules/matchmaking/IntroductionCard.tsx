import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { IntroductionListFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { IntroductionActions } from './IntroductionActions';
import { AnswerTag, IntroductionStatusTag } from './match-tags';
import { inLanguage } from './matchmaking-model';

/**
 * One introduction as a card (it reads the same at 390 px): who meets whom, where it stands, each
 * side's answer, the meeting and the outcome, and what the reader may do next.
 */
export function IntroductionCard({ introduction, detailPath, extra }: { introduction: IntroductionListFieldsFragment; detailPath?: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const i = introduction;
  return (
    <Card
      size="small"
      data-testid="introduction-card"
      data-introduction-id={i.id}
      data-status={i.status}
      title={
        <Space wrap size={4} style={{ whiteSpace: 'normal' }}>
          <Typography.Text strong>{i.organisationName}</Typography.Text>
          <span>↔</span>
          <Typography.Text strong data-testid="introduction-resource">{i.resource?.name}</Typography.Text>
          {i.resource && <Tag>{t(`enums.ResourceKind.${i.resource.kind}`)}</Tag>}
        </Space>
      }
      extra={<IntroductionStatusTag status={i.status} />}
    >
      <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} items={[
        { key: 'need', label: t('matchmaking.introductions.need'), children: <span style={{ overflowWrap: 'anywhere' }}>{i.need?.description ?? '—'}</span>, span: { xs: 1, md: 2 } },
        { key: 'owner', label: t('matchmaking.resources.owner'), children: i.resource?.ownerName ?? '—' },
        { key: 'proposed', label: t('matchmaking.introductions.proposedAt'), children: `${format.zonedDateTime(i.proposedAt)}${i.proposedByName ? ` · ${i.proposedByName}` : ''}` },
        { key: 'startup', label: t('matchmaking.introductions.startupAnswer'), children: <AnswerTag answer={i.startupAnswer} testId="startup-answer" /> },
        { key: 'resource', label: t('matchmaking.introductions.resourceAnswer'), children: <AnswerTag answer={i.resourceAnswer} testId="resource-answer" /> },
        ...(i.metOn ? [{ key: 'met', label: t('matchmaking.introductions.metOn'), children: <span data-testid="introduction-met-on">{i.metOn}</span> }] : []),
        ...(i.outcome ? [{
          key: 'outcome', label: t('matchmaking.introductions.outcome'),
          children: <span data-testid="introduction-outcome" data-outcome={i.outcome}>{t(`enums.IntroductionOutcome.${i.outcome}`)}{i.outcomeNotes ? ` · ${i.outcomeNotes}` : ''}</span>,
        }] : []),
        { key: 'why', label: t('matchmaking.introductions.why'), children: <span data-testid="introduction-explanation">{inLanguage(format.locale, i.explanationZh, i.explanationEn)}</span>, span: { xs: 1, md: 2 } },
      ]} />
      <div style={{ marginTop: 8 }}><IntroductionActions introduction={i} /></div>
      {(detailPath || extra) && (
        <Space wrap style={{ marginTop: 8 }}>
          {detailPath && <Link to={detailPath} data-testid="introduction-link">{t('matchmaking.introductions.open')}</Link>}
          {extra}
        </Space>
      )}
    </Card>
  );
}
