import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, InputNumber, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MatchmakingSettingsQuery, SetMatchmakingSettingsMutation } from './matchmaking.operations';
import { useMatchAction } from './use-match-action';

/** Managers: after how many days without an answer a side of an introduction is reminded (1–30). */
export function ReminderSettingCard() {
  const { t } = useTranslation();
  const { data } = useQuery(MatchmakingSettingsQuery);
  const [save, { loading }] = useMutation(SetMatchmakingSettingsMutation, { refetchQueries: [{ query: MatchmakingSettingsQuery }], awaitRefetchQueries: true });
  const act = useMatchAction();
  const saved = data?.matchmakingSettings.reminderDays;
  const [days, setDays] = useState<number | null>(null);
  useEffect(() => { if (saved !== undefined) setDays(saved); }, [saved]);
  return (
    <Card size="small" data-testid="reminder-setting">
      <Space wrap align="center">
        <Typography.Text>{t('matchmaking.reminders.label')}</Typography.Text>
        <InputNumber min={1} max={30} precision={0} value={days} onChange={setDays} suffix={t('matchmaking.reminders.days')} style={{ width: 120 }} data-testid="reminder-days" />
        <Button loading={loading} disabled={days === null || days === saved} data-testid="reminder-save"
          onClick={() => void act(async () => (await save({ variables: { input: { reminderDays: days! } } })).data?.setMatchmakingSettings, t('matchmaking.reminders.saved'))}>
          {t('matchmaking.reminders.save')}
        </Button>
        <Typography.Text type="secondary">{t('matchmaking.reminders.hint')}</Typography.Text>
      </Space>
    </Card>
  );
}
