import { useMutation } from '@apollo/client/react';
import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { PriceListQuery, SetCardPriceMutation } from './billing.operations';
import { shanghaiToIso } from './money-input';
import { yuanToFen } from '../../shared/lib/money';

export interface PublishPriceValues {
  cardType: string;
  price: string;
  marketPrice?: string;
  effectiveFrom: Dayjs;
  note?: string;
}

/** The API's input fields shown on the form's fields. */
const FIELD_OF: Record<string, string> = { priceFen: 'price', marketPriceFen: 'marketPrice', cardType: 'cardType', effectiveFrom: 'effectiveFrom', note: 'note' };

/** The price as the API wants it: fen strings and the Shanghai wall time as UTC. */
export function toSetCardPriceInput(values: PublishPriceValues) {
  return {
    cardType: values.cardType.trim(),
    priceFen: yuanToFen(values.price) ?? '',
    marketPriceFen: yuanToFen(values.marketPrice) ?? undefined,
    effectiveFrom: shanghaiToIso(values.effectiveFrom.format('YYYY-MM-DD'), values.effectiveFrom.format('HH:mm')),
    note: values.note?.trim() ?? '',
  };
}

export function usePublishPrice(onDone: () => void) {
  const [form] = Form.useForm<PublishPriceValues>();
  const [open, setOpen] = useState(false);
  const [mutate, { loading }] = useMutation(SetCardPriceMutation, { refetchQueries: [PriceListQuery], awaitRefetchQueries: true });
  const errors = useUserErrorForm(form, { fieldOf: (field) => (field ? FIELD_OF[field] : undefined) });

  const submit = async (values: PublishPriceValues) => {
    const payload = await errors.submit(() => mutate({ variables: { input: toSetCardPriceInput(values) } }).then((r) => r.data?.setCardPrice));
    if (payload) {
      setOpen(false);
      form.resetFields();
      onDone();
    }
  };
  const show = () => {
    errors.clearError();
    setOpen(true);
  };
  return { form, open, show, close: () => setOpen(false), submit, loading, formError: errors.formError };
}
