import { useMutation } from '@apollo/client/react';
import { Button, DatePicker, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntroductionAnswer, IntroductionListFieldsFragment, IntroductionOutcome, IntroductionSide } from '../../gql/graphql';
import { INTRODUCTION_OUTCOMES } from './matchmaking-enums';
import { shanghaiDayOf, shanghaiToday } from './matchmaking-model';
import {
  AnswerIntroductionMutation, IntroductionQuery, IntroductionsQuery, MatchNeedsQuery, MatchResourcesQuery, RecordIntroductionMeetingMutation, RecordIntroductionOutcomeMutation,
} from './matchmaking.operations';
import { useMatchAction } from './use-match-action';

type Introduction = IntroductionListFieldsFragment;
const refetchQueries = [IntroductionsQuery, IntroductionQuery, MatchNeedsQuery, MatchResourcesQuery];

/**
 * What the reader may do with an introduction now: answer for each side they answer for (a founder
 * for the startup, the owner for the resource; never the other side), then record the meeting and
 * the outcome (either side or a manager). Nothing to do: nothing shown.
 */
export function IntroductionActions({ introduction }: { introduction: Introduction }) {
  const open = introduction.status === 'PROPOSED'
    ? introduction.mySides.filter((side) => (side === 'STARTUP' ? introduction.startupAnswer : introduction.resourceAnswer) === null)
    : [];
  if (open.length > 0) return <Space orientation="vertical">{open.map((side) => <AnswerButtons key={side} introduction={introduction} side={side} />)}</Space>;
  if (introduction.status === 'ACCEPTED' && introduction.mayRecord) return <RecordMeeting introduction={introduction} />;
  if (introduction.status === 'MET' && introduction.mayRecord) return <RecordOutcome introduction={introduction} />;
  return null;
}

function AnswerButtons({ introduction, side }: { introduction: Introduction; side: IntroductionSide }) {
  const { t } = useTranslation();
  const act = useMatchAction();
  const [answer, { loading }] = useMutation(AnswerIntroductionMutation, { refetchQueries, awaitRefetchQueries: true });
  const send = (choice: IntroductionAnswer) =>
    void act(async () => (await answer({ variables: { input: { introductionId: introduction.id, side, answer: choice } } })).data?.answerIntroduction,
      t(choice === 'ACCEPT' ? 'matchmaking.introductions.accepted' : 'matchmaking.introductions.declined'));
  const sideLabel = t(`enums.IntroductionSide.${side}`);
  return (
    <Space wrap data-testid={`answer-${side}`}>
      <Typography.Text type="secondary">{t('matchmaking.introductions.answerFor', { side: sideLabel })}</Typography.Text>
      <Button type="primary" loading={loading} onClick={() => send('ACCEPT')} data-testid={`accept-${side}`}>{t('matchmaking.introductions.accept')}</Button>
      <Button danger loading={loading} onClick={() => send('DECLINE')} data-testid={`decline-${side}`}>{t('matchmaking.introductions.decline')}</Button>
    </Space>
  );
}

function RecordMeeting({ introduction }: { introduction: Introduction }) {
  const { t } = useTranslation();
  const act = useMatchAction();
  const today = shanghaiToday();
  const first = shanghaiDayOf(introduction.proposedAt);
  const [day, setDay] = useState<Dayjs>(dayjs(today));
  const [record, { loading }] = useMutation(RecordIntroductionMeetingMutation, { refetchQueries, awaitRefetchQueries: true });
  const send = () =>
    void act(async () => (await record({ variables: { input: { introductionId: introduction.id, metOn: day.format('YYYY-MM-DD') } } })).data?.recordIntroductionMeeting,
      t('matchmaking.introductions.meetingRecorded'));
  return (
    <Space wrap data-testid="record-meeting">
      <Typography.Text type="secondary">{t('matchmaking.introductions.metOn')}</Typography.Text>
      {/* Days are Shanghai days: between the proposal and today. */}
      <DatePicker value={day} allowClear={false} onChange={(d) => d && setDay(d)} data-testid="meeting-day"
        disabledDate={(d) => d.format('YYYY-MM-DD') > today || d.format('YYYY-MM-DD') < first} />
      <Button type="primary" loading={loading} onClick={send} data-testid="meeting-record">{t('matchmaking.introductions.recordMeeting')}</Button>
    </Space>
  );
}

function RecordOutcome({ introduction }: { introduction: Introduction }) {
  const { t } = useTranslation();
  const act = useMatchAction();
  const [outcome, setOutcome] = useState<IntroductionOutcome | null>(null);
  const [notes, setNotes] = useState('');
  const [record, { loading }] = useMutation(RecordIntroductionOutcomeMutation, { refetchQueries, awaitRefetchQueries: true });
  const send = () =>
    outcome && void act(async () => (await record({ variables: { input: { introductionId: introduction.id, outcome, notes: notes.trim() } } })).data?.recordIntroductionOutcome,
      t('matchmaking.introductions.outcomeRecorded'));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="record-outcome">
      <Select<IntroductionOutcome> value={outcome} onChange={setOutcome} placeholder={t('matchmaking.introductions.outcome')} style={{ minWidth: 200 }} data-testid="outcome-select"
        options={INTRODUCTION_OUTCOMES.map((o) => ({ value: o, label: t(`enums.IntroductionOutcome.${o}`) }))} />
      <Input.TextArea rows={2} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} placeholder={t('matchmaking.introductions.notes')} data-testid="outcome-notes" />
      <Button type="primary" disabled={!outcome} loading={loading} onClick={send} data-testid="outcome-record">{t('matchmaking.introductions.recordOutcome')}</Button>
    </Space>
  );
}
