/** Someone changed the holiday table or the business hours: every process drops its cached calendar. */
export const WORKING_CALENDAR_CHANGED = 'WORKING_CALENDAR_CHANGED';

declare module '../common/events/event-types.js' {
  interface SuanliEvents {
    WORKING_CALENDAR_CHANGED: { at: string };
  }
}
