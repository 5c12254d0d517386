import { useMutation } from '@apollo/client/react';
import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { InvoiceActionDialog } from '../billing/InvoiceActionDialog';
import { useYuanRule } from '../billing/use-yuan-rule';
import { toProgrammeInput, type ProgrammeFormValues } from './programme-input';
import { CreateVoucherProgrammeMutation, VoucherProgrammesQuery } from './vouchers.operations';

const KINDS = ['STARTUP', 'SME', 'LARGE_ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'GOVERNMENT'];
const INDUSTRIES = ['MANUFACTURING', 'NEW_ENERGY', 'TELECOMS', 'EDUCATION', 'REMOTE_SENSING', 'TRANSPORT', 'HEALTHCARE', 'AI_SERVICES', 'PUBLIC_SECTOR'];

export function CreateProgrammeDialog() {
  const { t } = useTranslation();
  const [create] = useMutation(CreateVoucherProgrammeMutation, { refetchQueries: [VoucherProgrammesQuery] });
  const required = { required: true, message: t('billing.required') };
  const yuan = useYuanRule();
  const money = (name: string, label: string) => (
    <Form.Item name={name} label={label} rules={[required, yuan]}>
      <Input inputMode="decimal" prefix="¥" />
    </Form.Item>
  );
  return (
    <InvoiceActionDialog<ProgrammeFormValues>
      primary
      label={t('vouchers.create')}
      title={t('vouchers.create')}
      okText={t('vouchers.createOk')}
      testId="create-programme"
      run={(values) => create({ variables: { input: toProgrammeInput(values) } }).then((r) => r.data?.createVoucherProgramme)}
    >
      <Form.Item name="year" label={t('vouchers.terms.year')} rules={[required]} initialValue={new Date().getFullYear() + 1}>
        <InputNumber min={2020} max={2100} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="name" label={t('vouchers.terms.name')} rules={[required]}>
        <Input maxLength={200} />
      </Form.Item>
      {money('budget', t('vouchers.terms.budgetYuan'))}
      <Form.Item name="coverageBasisPoints" label={t('vouchers.terms.coveragePercent')} rules={[required]} initialValue={30}>
        <InputNumber min={0.01} max={100} precision={2} suffix="%" style={{ width: '100%' }} />
      </Form.Item>
      {money('perOrganisationCap', t('vouchers.terms.capYuan'))}
      {money('minimumClaim', t('vouchers.terms.minimumYuan'))}
      <Form.Item name="validityMonths" label={t('vouchers.terms.validity')} rules={[required]} initialValue={12}>
        <InputNumber min={1} max={60} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="eligibleKinds" label={t('vouchers.terms.kinds')} rules={[required]} initialValue={['STARTUP', 'SME']}>
        <Select mode="multiple" options={KINDS.map((value) => ({ value, label: t(`enums.OrganisationKind.${value}`) }))} />
      </Form.Item>
      <Form.Item name="eligibleIndustries" label={t('vouchers.terms.industries')} extra={t('vouchers.terms.industriesHelp')}>
        <Select mode="multiple" allowClear options={INDUSTRIES.map((value) => ({ value, label: t(`enums.Industry.${value}`) }))} />
      </Form.Item>
      <Form.Item name="settlement" label={t('vouchers.terms.settlement')} initialValue="QUARTERLY">
        <Select options={['QUARTERLY', 'MONTHLY'].map((value) => ({ value, label: t(`vouchers.settlementKinds.${value}`) }))} />
      </Form.Item>
    </InvoiceActionDialog>
  );
}
