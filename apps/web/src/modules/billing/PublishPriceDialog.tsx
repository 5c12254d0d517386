import { PlusOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, DatePicker, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import { yuanToFen } from '../../shared/lib/money';
import { useYuanRule } from './use-yuan-rule';
import { usePublishPrice, type PublishPriceValues } from './use-publish-price';

export function PublishPriceDialog({ cardTypes, onDone }: { cardTypes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { form, open, show, close, submit, loading, formError } = usePublishPrice(onDone);
  const requiredYuan = useYuanRule();
  const optionalYuan = useYuanRule(true);
  const price = Form.useWatch('price', form);
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={show} data-testid="publish-price">
        {t('billing.prices.publish')}
      </Button>
      <Modal open={open} title={t('billing.prices.publish')} onCancel={close} onOk={() => form.submit()} okText={t('billing.prices.publishOk')} confirmLoading={loading} destroyOnHidden>
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        <Form<PublishPriceValues> form={form} layout="vertical" onFinish={(values) => void submit(values)} data-testid="publish-price-form">
          <Form.Item name="cardType" label={t('billing.prices.cardType')} rules={[{ required: true, message: t('billing.required') }]}>
            <AutoComplete options={cardTypes.map((value) => ({ value }))} placeholder="Ascend 910B" />
          </Form.Item>
          <Form.Item
            name="price"
            label={t('billing.prices.priceYuan')}
            rules={[{ required: true, message: t('billing.required') }, requiredYuan]}
            extra={price && yuanToFen(price) ? format.fen(yuanToFen(price)) : undefined}
          >
            <Input inputMode="decimal" prefix="¥" placeholder="12.50" />
          </Form.Item>
          <Form.Item name="marketPrice" label={t('billing.prices.marketYuan')} rules={[optionalYuan]}>
            <Input inputMode="decimal" prefix="¥" />
          </Form.Item>
          <Form.Item
            name="effectiveFrom"
            label={t('billing.prices.effectiveFrom', { zone: format.timeZone })}
            rules={[{ required: true, message: t('billing.required') }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label={t('billing.prices.note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
