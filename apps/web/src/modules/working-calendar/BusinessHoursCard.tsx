import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { clockToMinutes, minutesToClock } from './calendar-view';
import { SetBusinessHoursMutation, WorkingCalendarQuery } from './working-calendar.operations';

interface Values {
  dayStartMinute: string;
  dayEndMinute: string;
}

/** The business hours; an admin edits them in place (HH:mm, 24:00 allowed as the end). */
export function BusinessHoursCard({ start, end, timeZone, editable }: { start: number; end: number; timeZone: string; editable: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [mutate, { loading }] = useMutation(SetBusinessHoursMutation, { refetchQueries: [WorkingCalendarQuery], awaitRefetchQueries: true });
  const errors = useUserErrorForm(form);
  useEffect(() => form.setFieldsValue({ dayStartMinute: minutesToClock(start), dayEndMinute: minutesToClock(end) }), [form, start, end]);
  const clockRule = { validator: (_: unknown, value: string) => (clockToMinutes(value ?? '') === null ? Promise.reject(new Error(t('workingCalendar.badClock'))) : Promise.resolve()) };
  const submit = (values: Values) =>
    void errors.submit(() =>
      mutate({ variables: { input: { dayStartMinute: clockToMinutes(values.dayStartMinute)!, dayEndMinute: clockToMinutes(values.dayEndMinute)! } } }).then(
        (r) => r.data?.setBusinessHours,
      ),
    );
  return (
    <Card title={t('workingCalendar.hours.title')} data-testid="business-hours">
      <Typography.Paragraph>
        <Typography.Text strong data-testid="business-hours-text">
          {minutesToClock(start)}–{minutesToClock(end)}
        </Typography.Text>{' '}
        <Typography.Text type="secondary">{t('workingCalendar.hours.explain', { zone: timeZone })}</Typography.Text>
      </Typography.Paragraph>
      {editable && (
        <>
          {errors.formError && <Alert type="error" showIcon title={errors.formError} style={{ marginBottom: 16 }} />}
          <Form<Values> form={form} layout="inline" onFinish={submit} data-testid="business-hours-form">
            <Space wrap align="start">
              <Form.Item name="dayStartMinute" label={t('workingCalendar.hours.start')} rules={[clockRule]}>
                <Input style={{ width: 90 }} placeholder="09:00" data-testid="business-hours-start" />
              </Form.Item>
              <Form.Item name="dayEndMinute" label={t('workingCalendar.hours.end')} rules={[clockRule]}>
                <Input style={{ width: 90 }} placeholder="18:00" data-testid="business-hours-end" />
              </Form.Item>
              <Button htmlType="submit" loading={loading} data-testid="business-hours-save">
                {t('workingCalendar.save')}
              </Button>
            </Space>
          </Form>
        </>
      )}
    </Card>
  );
}
