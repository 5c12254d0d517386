import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsString, MaxLength } from 'class-validator';
import { UserError } from '../../common/graphql/user-error.model.js';
import { CleanText } from '../../common/validation/clean-text.decorator.js';
import { CALENDAR_DAY_KINDS, MAX_DAY_NAME_LENGTH, type CalendarDayKind } from '../calendar-rules.js';
import { BusinessHours, CalendarDay, CalendarDayKindEnum } from '../models/working-calendar.model.js';

@InputType({ description: 'A holiday or make-up workday to enter or change (it becomes MANUAL).' })
export class SetCalendarDayInput {
  @Field({ description: 'The Asia/Shanghai day, YYYY-MM-DD (2000–2099).' })
  @IsString()
  @MaxLength(20)
  day!: string;

  @Field(() => CalendarDayKindEnum, { description: 'HOLIDAY, or MAKE_UP_WORKDAY for a Saturday or Sunday that is worked.' })
  @IsIn(CALENDAR_DAY_KINDS)
  kind!: CalendarDayKind;

  @Field({ description: `What it is for (e.g. 国庆节); not empty, at most ${MAX_DAY_NAME_LENGTH} characters.` })
  @CleanText({ max: MAX_DAY_NAME_LENGTH })
  name!: string;
}

@InputType({ description: 'A day to take out of the holiday table: it then follows the week again.' })
export class RemoveCalendarDayInput {
  @Field({ description: 'The Asia/Shanghai day, YYYY-MM-DD.' })
  @IsString()
  @MaxLength(20)
  day!: string;
}

@InputType({ description: 'New business hours, Asia/Shanghai wall time.' })
export class SetBusinessHoursInput {
  @Field(() => Int, { description: 'Minutes after midnight the working day starts, 0–1439 (540 = 09:00).' })
  @IsInt()
  dayStartMinute!: number;

  @Field(() => Int, { description: 'Minutes after midnight it ends, after the start, at most 1440 (1080 = 18:00).' })
  @IsInt()
  dayEndMinute!: number;
}

@ObjectType({ description: 'Result of setCalendarDay.' })
export class SetCalendarDayPayload {
  @Field(() => CalendarDay, { nullable: true, description: 'The day as stored; null when userErrors say why nothing changed.' })
  calendarDay?: CalendarDay | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of removeCalendarDay.' })
export class RemoveCalendarDayPayload {
  @Field(() => String, { nullable: true, description: 'The day taken out; null when userErrors say why nothing changed.' })
  removedDay?: string | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of setBusinessHours.' })
export class SetBusinessHoursPayload {
  @Field(() => BusinessHours, { nullable: true, description: 'The hours as stored; null when userErrors say why nothing changed.' })
  businessHours?: BusinessHours | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}
