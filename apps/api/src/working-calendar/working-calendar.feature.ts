import { defineFeature } from '../common/feature/define-feature.js';
import { UserErrorCode } from '../common/errors/error-codes.js';
import { BusinessHoursEntity } from './entities/business-hours.entity.js';
import { CalendarDayEntity } from './entities/calendar-day.entity.js';
import { MIGRATIONS } from './migrations/index.js';
import { WORKING_CALENDAR_CHANGED } from './working-calendar.events.js';
import { WorkingCalendarModule } from './working-calendar.module.js';

/** Mainland China's working calendar (holidays, 调休, business hours) that SLA targets count in. */
export const workingCalendarFeature = defineFeature({
  name: 'working-calendar',
  module: WorkingCalendarModule,
  entities: [CalendarDayEntity, BusinessHoursEntity],
  migrations: MIGRATIONS,
  errorCodes: [UserErrorCode.INVALID_BUSINESS_HOURS, UserErrorCode.INVALID_CALENDAR_DAY, UserErrorCode.MAKE_UP_DAY_NOT_WEEKEND],
  permissions: ['CALENDAR_READ', 'CALENDAR_WRITE'],
  events: {
    // The calendar page is not response-cached; mutations empty that cache anyway.
    [WORKING_CALENDAR_CHANGED]: { emptiesResponseCache: false },
  },
});
