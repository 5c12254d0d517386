import { useMutation, useQuery } from '@apollo/client/react';
import { App, Form, type FormRule } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { ApplyForVoucherMutation, ApplyVoucherFormQuery, MyVoucherApplicationsQuery } from './billing-portal.operations';
import { applyFieldOf, toApplyVoucherInput, type ApplyVoucherValues } from './apply-voucher-model';
import { yuanToFen } from '../../shared/lib/money';

/** State and actions of the voucher application form. */
export function useApplyVoucher() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplyVoucherValues>();
  const showing = useUserErrorForm(form, { fieldOf: applyFieldOf });
  const [submitted, setSubmitted] = useState(false);
  const { data, loading, error } = useQuery(ApplyVoucherFormQuery);
  const [apply, { loading: applying }] = useMutation(ApplyForVoucherMutation, { refetchQueries: [MyVoucherApplicationsQuery] });
  const programmes = (data?.voucherProgrammes ?? []).filter((p) => p.status === 'OPEN');
  const programmeId = Form.useWatch('programmeId', form);
  const programme = programmes.find((p) => p.id === programmeId) ?? (programmes.length === 1 ? programmes[0] : undefined);
  const projects = data?.projects.edges.map((e) => e.node) ?? [];

  const amountRule: FormRule = {
    validator: async (_, value: string | undefined) => {
      if (!value) throw new Error(t('billingPortal.amountRequired'));
      const fen = yuanToFen(value);
      if (!fen || BigInt(fen) <= 0n) throw new Error(t('billingPortal.amountInvalid'));
    },
  };

  const onFinish = async (values: ApplyVoucherValues) => {
    setSubmitted(false);
    const input = toApplyVoucherInput(values);
    if (!input) return;
    const payload = await showing.submit(async () => (await apply({ variables: { input } })).data?.applyForVoucher);
    if (!payload?.application) return;
    form.resetFields();
    setSubmitted(true);
    void message.success(t('billingPortal.applied'));
  };

  return {
    form, loading: loading && !data, error, programmes, programme, projects, applying, submitted,
    formError: showing.formError, amountRule, onFinish, clearSubmitted: () => setSubmitted(false),
  };
}

export type ApplyVoucher = ReturnType<typeof useApplyVoucher>;
