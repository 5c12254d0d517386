import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import relativeTime from 'dayjs/plugin/relativeTime';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { toLanguage } from '../../i18n/languages';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);

// The formatters live in the one formatting module; re-exported for the screens that import them from here.
export { DISPLAY_TIME_ZONE, formatDate, formatDateTime, formatShortDateTime, formatZonedDateTime, timeZoneLabel } from '../format/format';

export function fromNow(iso: string, language: string): string {
  return dayjs.utc(iso).locale(toLanguage(language) === 'en' ? 'en' : 'zh-cn').fromNow();
}
