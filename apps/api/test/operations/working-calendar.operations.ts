import { graphql } from '../gql/index.js';

/** Working-calendar operations the API tests send, typed from docs/schema.graphql by codegen. */
export const WorkingCalendarOfYear = graphql(`
  query WorkingCalendarOfYear($year: Int!) {
    workingCalendar(year: $year) {
      year
      workingDayCount
      days { day kind name source updatedAt }
      businessHours { dayStartMinute dayEndMinute timeZone }
    }
  }
`);

export const SetCalendarDayForTest = graphql(`
  mutation SetCalendarDayForTest($input: SetCalendarDayInput!) {
    setCalendarDay(input: $input) {
      calendarDay { day kind name source }
      userErrors { code field }
    }
  }
`);

export const RemoveCalendarDayForTest = graphql(`
  mutation RemoveCalendarDayForTest($input: RemoveCalendarDayInput!) {
    removeCalendarDay(input: $input) {
      removedDay
      userErrors { code field }
    }
  }
`);

export const SetBusinessHoursForTest = graphql(`
  mutation SetBusinessHoursForTest($input: SetBusinessHoursInput!) {
    setBusinessHours(input: $input) {
      businessHours { dayStartMinute dayEndMinute timeZone }
      userErrors { code field }
    }
  }
`);

export const CalendarAuditEvents = graphql(`
  query CalendarAuditEvents($action: String) {
    auditEvents(first: 20, action: $action) {
      edges { node { action targetId detailsJson } }
    }
  }
`);
