import { Col, Form, Row, Select, Space, Tag } from 'antd';
import { tagLabel } from '@suanli/matching/tags';
import { useTranslation } from 'react-i18next';
import type { IntroductionAnswer, IntroductionStatus, NeedState, NeedUrgency } from '../../gql/graphql';
import { toLanguage } from '../../i18n/languages';
import { TAG_FAMILIES, type TagFamily } from './matchmaking-enums';
import type { MatchTagsValue } from './matchmaking-model';

const FAMILY_COLORS: Record<TagFamily, string> = { industries: 'geekblue', technologies: 'purple', stages: 'cyan', regions: 'green' };
const URGENCY_COLORS: Record<NeedUrgency, string> = { LOW: 'default', NORMAL: 'blue', HIGH: 'orange', CRITICAL: 'red' };
const NEED_STATE_COLORS: Record<NeedState, string> = { OPEN: 'processing', MATCHED: 'success', CLOSED: 'default' };
const STATUS_COLORS: Record<IntroductionStatus, string> = { PROPOSED: 'gold', ACCEPTED: 'processing', DECLINED: 'default', MET: 'cyan', CONCLUDED: 'success' };

/**
 * A resource's or need's tags, coloured by family (industry, technology, stage, region), by the
 * names the explanations use (遥感 for remote-sensing); a slug outside the dictionary as it is.
 */
export function MatchTagList({ tags }: { tags: MatchTagsValue }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const all = TAG_FAMILIES.flatMap((family) => tags[family].map((tag) => ({ family, tag })));
  if (all.length === 0) return <span>—</span>;
  return (
    <Space size={[0, 4]} wrap>
      {all.map(({ family, tag }) => (
        <Tag key={`${family}:${tag}`} color={FAMILY_COLORS[family]} title={`${t(`matchmaking.tags.${family}`)}: ${tag}`} data-testid="match-tag" data-tag={tag}>
          {tagLabel(tag, language)}
        </Tag>
      ))}
    </Space>
  );
}

/** The four tag fields of a form (`tags.industries` …), free text with the server's slug rule shown. */
export function MatchTagsFields() {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      {TAG_FAMILIES.map((family) => (
        <Col xs={24} md={12} key={family}>
          <Form.Item name={['tags', family]} label={t(`matchmaking.tags.${family}`)} extra={t(`matchmaking.tags.${family}Hint`)}>
            <Select mode="tags" tokenSeparators={[',', '，']} data-testid={`tags-${family}`} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}

export function UrgencyTag({ urgency }: { urgency: NeedUrgency }) {
  const { t } = useTranslation();
  return <Tag color={URGENCY_COLORS[urgency]} data-testid="need-urgency">{t(`enums.NeedUrgency.${urgency}`)}</Tag>;
}

export function NeedStateTag({ state }: { state: NeedState }) {
  const { t } = useTranslation();
  return <Tag color={NEED_STATE_COLORS[state]} data-testid="need-state" data-state={state}>{t(`enums.NeedState.${state}`)}</Tag>;
}

export function IntroductionStatusTag({ status }: { status: IntroductionStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]} data-testid="introduction-status" data-status={status}>{t(`enums.IntroductionStatus.${status}`)}</Tag>;
}

/** One side's answer: accepted, declined, or still waiting. */
export function AnswerTag({ answer, testId }: { answer: IntroductionAnswer | null; testId: string }) {
  const { t } = useTranslation();
  if (!answer) return <Tag data-testid={testId} data-answer="NONE">{t('matchmaking.introductions.noAnswer')}</Tag>;
  return <Tag color={answer === 'ACCEPT' ? 'success' : 'error'} data-testid={testId} data-answer={answer}>{t(`enums.IntroductionAnswer.${answer}`)}</Tag>;
}
