import type { TFunction } from 'i18next';
import { formatFen } from '../../shared/format/format';
import type { Language } from '../../i18n/languages';

export interface NotificationLike {
  kind: string;
  params: readonly { name: string; value: string }[];
}

/**
 * The sentence for a notification in the reader's language: the kind picks the message
 * (`notifications.message.<KIND>`, with a variant by decision where one exists), the params fill
 * it; amounts in fen are shown as CNY.
 */
export function notificationMessage(t: TFunction, locale: Language, n: NotificationLike): string {
  const params = Object.fromEntries(n.params.map((p) => [p.name, p.value]));
  const values: Record<string, string> = { ...params };
  for (const [name, value] of Object.entries(params)) if (name.endsWith('Fen')) values[name.replace(/Fen$/, '')] = formatFen(value, locale);
  const key = params.decision ? `notifications.message.${n.kind}_${params.decision}` : `notifications.message.${n.kind}`;
  return t(key, { ...values, defaultValue: t('notifications.message.fallback') });
}
