import { graphql } from '../gql/index.js';

/**
 * The allocation operations API tests send, typed from docs/schema.graphql by codegen: a spec
 * that reads a field the schema no longer has fails to typecheck instead of reading undefined.
 */
export const CreateAllocationRequest = graphql(`
  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!) {
    createAllocationRequest(input: $input) {
      allocationRequest {
        id
        state
        cards
        cardType
        priority
        requestedPriority
        urgency
        urgencyDecidedAt
        queuePosition
        preemptAt
        startedAt
        finishedAt
        endReason
        waitReason(locale: "en") {
          code
          message
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
