import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDayKind } from '../../gql/graphql';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { SetCalendarDayMutation, WorkingCalendarQuery } from './working-calendar.operations';

const KINDS: readonly CalendarDayKind[] = ['HOLIDAY', 'MAKE_UP_WORKDAY'];

interface Values {
  day: Dayjs;
  kind: CalendarDayKind;
  name: string;
}

/** Enter or change a holiday or make-up workday (admins): the day becomes MANUAL. */
export function AddCalendarDayDialog() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [mutate, { loading }] = useMutation(SetCalendarDayMutation, { refetchQueries: [WorkingCalendarQuery], awaitRefetchQueries: true });
  const errors = useUserErrorForm(form);
  const submit = async (values: Values) => {
    const input = { day: values.day.format('YYYY-MM-DD'), kind: values.kind, name: values.name?.trim() ?? '' };
    if (await errors.submit(() => mutate({ variables: { input } }).then((r) => r.data?.setCalendarDay))) {
      setOpen(false);
      form.resetFields();
    }
  };
  return (
    <>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => {
          errors.clearError();
          setOpen(true);
        }}
        data-testid="add-calendar-day"
      >
        {t('workingCalendar.add')}
      </Button>
      <Modal open={open} title={t('workingCalendar.add')} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t('workingCalendar.save')} confirmLoading={loading} destroyOnHidden>
        {errors.formError && <Alert type="error" showIcon title={errors.formError} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'HOLIDAY' }} onFinish={(values) => void submit(values)} data-testid="calendar-day-form">
          <Form.Item name="day" label={t('workingCalendar.day')} rules={[{ required: true, message: t('workingCalendar.required') }]}>
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} data-testid="calendar-day-date" />
          </Form.Item>
          <Form.Item name="kind" label={t('workingCalendar.kind')} extra={t('workingCalendar.kindHelp')}>
            <Radio.Group
              optionType="button"
              options={KINDS.map((kind) => ({ value: kind, label: t(`enums.CalendarDayKind.${kind}`) }))}
            />
          </Form.Item>
          <Form.Item name="name" label={t('workingCalendar.name')} rules={[{ required: true, whitespace: true, message: t('workingCalendar.required') }]}>
            <Input maxLength={60} placeholder={t('workingCalendar.namePlaceholder')} data-testid="calendar-day-name" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
