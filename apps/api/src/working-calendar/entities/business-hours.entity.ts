import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { AdminChangeColumns } from './admin-change-columns.js';

/** The centre's business hours: one row (id 1), Asia/Shanghai wall time, the same every working day. */
@Entity({ name: 'business_hours' })
@Check('business_hours_single_row_check', `id = 1`)
@Check('business_hours_range_check', `day_start_minute >= 0 AND day_start_minute < day_end_minute AND day_end_minute <= 1440`)
@Check('business_hours_time_zone_check', `time_zone = 'Asia/Shanghai'`)
export class BusinessHoursEntity extends AdminChangeColumns {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @Column({ name: 'day_start_minute', type: 'smallint' })
  dayStartMinute!: number;

  @Column({ name: 'day_end_minute', type: 'smallint' })
  dayEndMinute!: number;

  @Column({ name: 'time_zone', type: 'text', default: 'Asia/Shanghai' })
  timeZone!: string;
}
