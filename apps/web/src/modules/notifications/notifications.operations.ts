import { graphql } from '../../gql';

/** The bell's number and the latest notifications, for the header's dropdown. */
export const NotificationBellQuery = graphql(`
  query NotificationBell($first: Int!) {
    unreadNotificationCount
    notifications(first: $first) {
      edges {
        node {
          id
          kind
          params {
            name
            value
          }
          link
          createdAt
          readAt
        }
      }
      totalCount
    }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsReadFromBell($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      markedCount
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferencesPage {
    notificationPreferences {
      kind
      inApp
      email
      isDefault
    }
  }
`);

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreferenceFromPage($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      preference {
        kind
        inApp
        email
        isDefault
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
