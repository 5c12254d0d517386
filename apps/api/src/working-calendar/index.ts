/** The working-calendar feature's public surface: other folders import it from here only. */
export { workingCalendarFeature } from './working-calendar.feature.js';
export { WorkingCalendarModule } from './working-calendar.module.js';
export { WorkingCalendarService } from './services/working-calendar.service.js';
export { importPackageCalendarDays, packageCalendarDays, type PackageCalendarDay } from './services/package-calendar-days.js';
