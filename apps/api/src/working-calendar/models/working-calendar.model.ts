import { Field, Int, ObjectType } from '@nestjs/graphql';
import { enumOf, registerDescribedEnum } from '../../common/graphql/domain-enums.js';
import { CALENDAR_DAY_KINDS, CALENDAR_DAY_SOURCES, type CalendarDayKind, type CalendarDaySource } from '../calendar-rules.js';

export const CalendarDayKindEnum = enumOf(CALENDAR_DAY_KINDS);
registerDescribedEnum(CalendarDayKindEnum, 'CalendarDayKind', 'How a day departs from the Monday–Friday week.', {
  HOLIDAY: 'A public holiday: no work, even on a weekday.',
  MAKE_UP_WORKDAY: 'A make-up workday (调休): a Saturday or Sunday that is worked.',
});

export const CalendarDaySourceEnum = enumOf(CALENDAR_DAY_SOURCES);
registerDescribedEnum(CalendarDaySourceEnum, 'CalendarDaySource', 'Where a calendar day came from.', {
  PACKAGE: 'Imported from the chinese-days package at start-up.',
  MANUAL: 'Entered or changed by an admin (the import never overwrites it).',
});

@ObjectType({ description: 'A public holiday or make-up workday of mainland China’s working calendar.' })
export class CalendarDay {
  @Field({ description: 'The Asia/Shanghai day, YYYY-MM-DD.' })
  day!: string;

  @Field(() => CalendarDayKindEnum, { description: 'Holiday or make-up workday.' })
  kind!: CalendarDayKind;

  @Field({ description: 'What it is for, as the State Council notice names it (e.g. 国庆节).' })
  name!: string;

  @Field(() => CalendarDaySourceEnum, { description: 'Imported from the package or entered by an admin.' })
  source!: CalendarDaySource;

  @Field({ description: 'When the day was last imported or changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'The centre’s business hours on every working day.' })
export class BusinessHours {
  @Field(() => Int, { description: 'Minutes after midnight the working day starts (540 = 09:00).' })
  dayStartMinute!: number;

  @Field(() => Int, { description: 'Minutes after midnight the working day ends (1080 = 18:00); after the start.' })
  dayEndMinute!: number;

  @Field({ description: 'The time zone of the hours: always Asia/Shanghai.' })
  timeZone!: string;
}

@ObjectType({ description: 'One year of the working calendar the SLA clock runs on.' })
export class WorkingCalendarYear {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => [CalendarDay], { description: 'Its holidays and make-up workdays, in day order.' })
  days!: CalendarDay[];

  @Field(() => Int, { description: 'How many working days the year has: Monday–Friday less holidays, plus make-up workdays.' })
  workingDayCount!: number;

  @Field(() => BusinessHours, { description: 'The business hours (the same for every year).' })
  businessHours!: BusinessHours;
}
