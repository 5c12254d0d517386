import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import { payloadOf, resultOf } from '../common/graphql/user-error.model.js';
import {
  RemoveCalendarDayInput,
  RemoveCalendarDayPayload,
  SetBusinessHoursInput,
  SetBusinessHoursPayload,
  SetCalendarDayInput,
  SetCalendarDayPayload,
} from './dto/working-calendar.inputs.js';
import { WorkingCalendarYear } from './models/working-calendar.model.js';
import { WorkingCalendarService } from './services/working-calendar.service.js';

/** Root fields of the working calendar: each is a guard, then one service call. */
@Resolver(() => WorkingCalendarYear)
export class WorkingCalendarResolver {
  constructor(@Inject(WorkingCalendarService) private readonly calendar: WorkingCalendarService) {}

  @Allow('CALENDAR_READ')
  @Query(() => WorkingCalendarYear, { description: 'A year of the working calendar the SLA clock runs on: holidays, make-up workdays and business hours (staff).' })
  workingCalendar(@Args('year', { type: () => Int, description: 'The year, 2000–2099.' }) year: number) {
    return resultOf(() => this.calendar.year(year));
  }

  @Allow('CALENDAR_WRITE')
  @Mutation(() => SetCalendarDayPayload, { description: 'Enter or change a holiday or make-up workday; it becomes MANUAL and the package import never overwrites it (admins; audited).' })
  setCalendarDay(@CurrentActor() actor: Actor, @Args('input', { description: 'The day, its kind and name.' }) input: SetCalendarDayInput) {
    return payloadOf(() => this.calendar.setDay(actor, input));
  }

  @Allow('CALENDAR_WRITE')
  @Mutation(() => RemoveCalendarDayPayload, { description: 'Take a day out of the holiday table, so it follows the week again; the package import does not bring it back (admins; audited).' })
  removeCalendarDay(@CurrentActor() actor: Actor, @Args('input', { description: 'The day.' }) input: RemoveCalendarDayInput) {
    return payloadOf(() => this.calendar.removeDay(actor, input));
  }

  @Allow('CALENDAR_WRITE')
  @Mutation(() => SetBusinessHoursPayload, { description: 'Change the business hours of every working day, Asia/Shanghai (admins; audited).' })
  setBusinessHours(@CurrentActor() actor: Actor, @Args('input', { description: 'Start and end, in minutes after midnight.' }) input: SetBusinessHoursInput) {
    return payloadOf(() => this.calendar.setBusinessHours(actor, input));
  }
}
