import { useTranslation } from 'react-i18next';
import { isPositiveYuan } from './money-input';

/** An antd rule for an amount typed in yuan: positive, at most two decimals (empty allowed when optional). */
export function useYuanRule(optional = false) {
  const { t } = useTranslation();
  return {
    validator: (_: unknown, value?: string) =>
      (optional && !value) || isPositiveYuan(value) ? Promise.resolve() : Promise.reject(new Error(t('billing.amountInvalid'))),
  };
}
