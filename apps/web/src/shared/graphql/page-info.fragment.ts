import { graphql } from '../../gql';

/** Relay page info, selected the same way by every list that loads more. */
export const PageInfoFieldsFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);
