import { graphql } from '../../gql';

/** What the request form needs: the founder's projects, the clusters' card types. */
export const RequestComputeFormQuery = graphql(`
  query RequestComputeForm {
    projects(first: 100) {
      edges {
        cursor
        node {
          id
          name
          stage
        }
      }
    }
    clusters {
      id
      name
      cardTypes
      nodes {
        id
        cardType
        cardsPerNode
        domainSize
      }
    }
  }
`);

export const SchedulingSnapshotQuery = graphql(`
  query SchedulingSnapshot($clusterId: ID) {
    schedulingSnapshot(clusterId: $clusterId) {
      input
      ownOrganisationKey
    }
  }
`);

export const CreateAllocationRequestMutation = graphql(`
  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!, $locale: String!) {
    createAllocationRequest(input: $input) {
      allocationRequest {
        id
        state
        cards
        cardType
        priority
        urgency
        queuePosition
        estimatedStartAt
        waitReason(locale: $locale) {
          code
          params
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MyAllocationsQuery = graphql(`
  query MyAllocations($first: Int!, $after: String, $states: [AllocationState!], $locale: String!) {
    allocationRequests(first: $first, after: $after, states: $states) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          state
          cards
          cardType
          priority
          requestedPriority
          urgency
          preemptible
          durationS
          createdAt
          startedAt
          endsAt
          finishedAt
          endReason
          preemptAt
          cardHours
          queuePosition
          estimatedStartAt
          project {
            id
            name
          }
          waitReason(locale: $locale) {
            code
            params
          }
        }
      }
    }
  }
`);

export const MyUsageQuery = graphql(`
  query MyUsage($days: Int!) {
    usage(days: $days) {
      totalCardHours
      daily {
        day
        cardHours
      }
      byProject {
        projectId
        cardHours
      }
    }
  }
`);

/** The organisation's urgent card-hours this month: whether an URGENT request takes effect alone. */
export const UrgentBudgetQuery = graphql(`
  query UrgentBudget {
    urgentBudget {
      cardHoursPerMonth
      usedCardHours
      remainingCardHours
      periodEnd
    }
  }
`);

/** What the request would cost, priced as the invoice will price it, with the vouchers as they stand. */
export const CostQuoteQuery = graphql(`
  query CostQuote($cardType: String!, $cards: Int!, $durationSeconds: Int!, $adaptation: Boolean!) {
    costQuote(cardType: $cardType, cards: $cards, durationSeconds: $durationSeconds, adaptation: $adaptation) {
      priced
      pricePerCardHourFen
      amountFen
      freeFen
      voucherFen
      cashFen
    }
  }
`);
