import { graphql } from '../gql/index.js';

/** The notification operations API tests send, typed from docs/schema.graphql by codegen. */
export const MyNotifications = graphql(`
  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges { cursor node { id kind params { name value } link createdAt readAt } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
    unreadNotificationCount
  }
`);

export const MarkNotificationsRead = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { markedCount userErrors { code field } } }
`);

export const SetNotificationPreference = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) { preference { kind inApp email isDefault } userErrors { code field } }
  }
`);

export const NotificationPreferences = graphql(`
  query NotificationPreferences { notificationPreferences { kind inApp email isDefault } }
`);

export const RejectVoucherApplicationForTest = graphql(`
  mutation RejectVoucherApplicationForTest($input: RejectVoucherApplicationInput!) { rejectVoucherApplication(input: $input) { userErrors { code field } } }
`);
