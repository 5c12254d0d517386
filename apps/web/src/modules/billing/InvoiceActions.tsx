import { useMutation } from '@apollo/client/react';
import { DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { InvoiceDetailFieldsFragment } from '../../gql/graphql';
import { BillingSummaryQuery, CreateCreditNoteMutation, IssueInvoiceMutation, RecordPaymentMutation, VoidInvoiceMutation } from './billing.operations';
import { InvoiceActionDialog } from './InvoiceActionDialog';
import { yuanToFen } from '../../shared/lib/money';
import { useYuanRule } from './use-yuan-rule';

interface PaymentValues {
  amount: string;
  paidOn: Dayjs;
  bankReference: string;
}

/** What may be done to an invoice in its state: a draft is issued or voided; an issued one is paid or credited. */
export function InvoiceActions({ invoice }: { invoice: InvoiceDetailFieldsFragment }) {
  const { t } = useTranslation();
  const refetchQueries = [BillingSummaryQuery];
  const [issue] = useMutation(IssueInvoiceMutation, { refetchQueries });
  const [voidInvoice] = useMutation(VoidInvoiceMutation, { refetchQueries });
  const [pay] = useMutation(RecordPaymentMutation, { refetchQueries });
  const [credit] = useMutation(CreateCreditNoteMutation, { refetchQueries });
  const required = { required: true, message: t('billing.required') };
  const amountRule = useYuanRule();
  const amountField = (
    <Form.Item name="amount" label={t('billing.detail.amountYuan')} rules={[required, amountRule]}>
      <Input inputMode="decimal" prefix="¥" />
    </Form.Item>
  );
  const reasonField = (
    <Form.Item name="reason" label={t('billing.detail.reason')} rules={[required]}>
      <Input.TextArea rows={2} maxLength={500} />
    </Form.Item>
  );
  const invoiceId = invoice.id;
  if (invoice.status === 'DRAFT')
    return (
      <Space wrap>
        <InvoiceActionDialog<object>
          primary
          label={t('billing.detail.issue')}
          title={t('billing.detail.issueTitle')}
          okText={t('billing.detail.issue')}
          testId="issue-invoice"
          run={(_, idempotencyKey) => issue({ variables: { input: { invoiceId, idempotencyKey } } }).then((r) => r.data?.issueInvoice)}
        >
          {t('billing.detail.issueConfirm')}
        </InvoiceActionDialog>
        <InvoiceActionDialog<{ reason: string }>
          danger
          label={t('billing.detail.void')}
          title={t('billing.detail.void')}
          okText={t('billing.detail.void')}
          testId="void-invoice"
          run={(v) => voidInvoice({ variables: { input: { invoiceId, reason: v.reason.trim() } } }).then((r) => r.data?.voidInvoice)}
        >
          {reasonField}
        </InvoiceActionDialog>
      </Space>
    );
  if (invoice.status !== 'ISSUED') return null;
  return (
    <Space wrap>
      <InvoiceActionDialog<PaymentValues>
        primary
        label={t('billing.detail.recordPayment')}
        title={t('billing.detail.recordPayment')}
        okText={t('billing.detail.record')}
        testId="record-payment"
        run={(v, idempotencyKey) =>
          pay({
            variables: { input: { invoiceId, idempotencyKey, amountFen: yuanToFen(v.amount) ?? '', paidOn: v.paidOn.format('YYYY-MM-DD'), bankReference: v.bankReference?.trim() ?? '' } },
          }).then((r) => r.data?.recordPayment)
        }
      >
        {amountField}
        <Form.Item name="paidOn" label={t('billing.detail.paidOn')} rules={[required]} initialValue={dayjs()}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="bankReference" label={t('billing.detail.bankReference')} rules={[required]}>
          <Input maxLength={200} />
        </Form.Item>
      </InvoiceActionDialog>
      <InvoiceActionDialog<{ amount: string; reason: string }>
        label={t('billing.detail.creditNote')}
        title={t('billing.detail.creditNote')}
        okText={t('billing.detail.createCredit')}
        testId="credit-note"
        run={(v, idempotencyKey) =>
          credit({ variables: { input: { invoiceId, idempotencyKey, amountFen: yuanToFen(v.amount) ?? '', reason: v.reason.trim() } } }).then((r) => r.data?.createCreditNote)
        }
      >
        {amountField}
        {reasonField}
      </InvoiceActionDialog>
    </Space>
  );
}
