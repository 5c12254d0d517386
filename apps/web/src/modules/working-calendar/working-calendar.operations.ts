import { graphql } from '../../gql';

export const WorkingCalendarQuery = graphql(`
  query WorkingCalendar($year: Int!) {
    workingCalendar(year: $year) {
      year
      workingDayCount
      days {
        day
        kind
        name
        source
        updatedAt
      }
      businessHours {
        dayStartMinute
        dayEndMinute
        timeZone
      }
    }
  }
`);

export const SetCalendarDayMutation = graphql(`
  mutation SetCalendarDay($input: SetCalendarDayInput!) {
    setCalendarDay(input: $input) {
      calendarDay {
        day
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveCalendarDayMutation = graphql(`
  mutation RemoveCalendarDay($input: RemoveCalendarDayInput!) {
    removeCalendarDay(input: $input) {
      removedDay
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetBusinessHoursMutation = graphql(`
  mutation SetBusinessHours($input: SetBusinessHoursInput!) {
    setBusinessHours(input: $input) {
      businessHours {
        dayStartMinute
        dayEndMinute
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
