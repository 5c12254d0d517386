import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TermSheetDetailFieldsFragment, TermSheetSide } from '../../gql/graphql';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { testId } from '../../shared/lib/test-id';
import { describeUserError, joinMessages } from '../../shared/lib/user-errors';
import { InvoiceActionDialog } from '../billing/InvoiceActionDialog';
import { AcceptTermSheetVersionMutation, TermSheetsQuery, WithdrawTermSheetMutation } from './equity.operations';
import { negotiationOf } from './negotiation';

/** Accept (sign) the current version, counter-offer it (the editor, prefilled), or withdraw with a reason; only while OPEN. */
export function SheetActions({ sheet, mySide, basePath }: { sheet: TermSheetDetailFieldsFragment; mySide: TermSheetSide; basePath: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [accept, accepting] = useMutation(AcceptTermSheetVersionMutation, { refetchQueries: [TermSheetsQuery] });
  const [withdraw] = useMutation(WithdrawTermSheetMutation, { refetchQueries: [TermSheetsQuery] });
  if (sheet.status !== 'OPEN') return null;
  const version = sheet.currentVersion.versionNo;
  const mine = negotiationOf(sheet, mySide).kind === 'WAITING_FOR_OTHER';
  const onAccept = async () => {
    setError(null);
    try {
      const payload = (await accept({ variables: { input: { termSheetId: sheet.id, versionNo: version } } })).data?.acceptTermSheetVersion;
      if (payload && payload.userErrors.length > 0) setError(joinMessages(payload.userErrors.map((e) => describeUserError(e, t)), t));
      else if (payload) void message.success(t('equity.detail.accepted'));
    } catch (caught) {
      setError(describeRequestError(caught, t));
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {mine ? (
          <Button icon={<CheckOutlined />} disabled data-testid="accept-done">
            {t('equity.detail.accepted')}
          </Button>
        ) : (
          <Popconfirm
            title={t('equity.detail.acceptConfirm', { version })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={testId('accept-confirm')}
            onConfirm={onAccept}
          >
            <Button type="primary" icon={<CheckOutlined />} loading={accepting.loading} data-testid="accept-version" data-version-no={version}>
              {t('equity.detail.accept', { version })}
            </Button>
          </Popconfirm>
        )}
        <Link to={`${basePath}/${sheet.id}/counter`}>
          <Button icon={<EditOutlined />} data-testid="counter-offer">
            {t('equity.detail.counter')}
          </Button>
        </Link>
        <InvoiceActionDialog<{ reason: string }>
          danger
          label={t('equity.detail.withdraw')}
          title={t('equity.detail.withdrawTitle')}
          okText={t('equity.detail.withdrawOk')}
          testId="withdraw"
          run={(values) => withdraw({ variables: { input: { termSheetId: sheet.id, reason: values.reason.trim() } } }).then((r) => r.data?.withdrawTermSheet)}
        >
          <Alert type="warning" title={t('equity.detail.withdrawHelp')} style={{ marginBottom: 12 }} />
          <Form.Item name="reason" label={t('equity.field.reason')} rules={[{ required: true, whitespace: true, message: t('equity.field.required') }]}>
            <Input.TextArea rows={3} maxLength={500} data-testid="withdraw-reason" />
          </Form.Item>
        </InvoiceActionDialog>
      </Space>
      {error && <Alert type="error" showIcon title={error} data-testid="action-error" />}
    </Space>
  );
}
