import { graphql } from '../../gql';

/** The whole inventory with every card's holder: ~1,300 cards, rendered as plain divs. */
export const ClusterGridQuery = graphql(`
  query ClusterGrid {
    clusters {
      id
      name
      cardTypes
      utilisation {
        clusterId
        totalCards
        busyCards
        healthyCards
        queuedRequests
        utilisation
        at
      }
      nodes {
        id
        name
        cardType
        cardsPerNode
        domainSize
        drained
        drainReason
        cards {
          id
          index
          domainIndex
          memoryGb
          health
          holder {
            allocationId
            mine
            organisationId
            organisationName
            projectName
            since
            endsAt
            underNotice
          }
        }
      }
    }
  }
`);

export const AllocationQueueQuery = graphql(`
  query AllocationQueue($clusterId: ID, $cardType: String, $first: Int!, $locale: String!) {
    allocationQueue(clusterId: $clusterId, cardType: $cardType, first: $first) {
      id
      cards
      cardType
      priority
      requestedPriority
      urgency
      preemptible
      durationS
      createdAt
      earliestStartAt
      queuePosition
      estimatedStartAt
      state
      organisation {
        id
        name
      }
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
`);

/** One organisation's weight, quota and load: a row of the weights table, also what saving returns. */
export const OrganisationSchedulingRowFragment = graphql(`
  fragment OrganisationSchedulingRow on OrganisationScheduling {
    weight
    quotaCards
    runningCards
    queuedRequests
    cardHours7d
    urgentCardHoursPerMonth
    urgentCardHoursUsed
    organisation {
      id
      name
      kind
    }
  }
`);

/** Whether a node takes new work: what a drain or a restore changes. */
export const NodeServiceFieldsFragment = graphql(`
  fragment NodeServiceFields on ComputeNode {
    id
    drained
    drainReason
  }
`);

/** What a cancel or an early finish changes on an allocation. */
export const EndedAllocationFieldsFragment = graphql(`
  fragment EndedAllocationFields on AllocationRequest {
    id
    state
    finishedAt
  }
`);

export const OrganisationSchedulingQuery = graphql(`
  query OrganisationScheduling($first: Int!, $after: String) {
    organisationScheduling(first: $first, after: $after) {
      totalCount
      centreCards
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...OrganisationSchedulingRow
        }
      }
    }
  }
`);

export const SetOrganisationSchedulingMutation = graphql(`
  mutation SetOrganisationScheduling($input: SetOrganisationSchedulingInput!) {
    setOrganisationScheduling(input: $input) {
      organisationScheduling {
        ...OrganisationSchedulingRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DrainNodeMutation = graphql(`
  mutation DrainNode($input: DrainNodeInput!) {
    drainNode(input: $input) {
      node {
        ...NodeServiceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RestoreNodeMutation = graphql(`
  mutation RestoreNode($input: RestoreNodeInput!) {
    restoreNode(input: $input) {
      node {
        ...NodeServiceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CancelAllocationRequestMutation = graphql(`
  mutation CancelAllocationRequest($input: AllocationRequestIdInput!) {
    cancelAllocationRequest(input: $input) {
      allocationRequest {
        ...EndedAllocationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const FinishAllocationMutation = graphql(`
  mutation FinishAllocation($input: AllocationRequestIdInput!) {
    finishAllocation(input: $input) {
      allocationRequest {
        ...EndedAllocationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Any allocation changed state: screens refetch what they show. */
export const AllocationChangedSubscription = graphql(`
  subscription AllocationChanged {
    allocationChanged {
      allocationId
      clusterId
      organisationId
      state
      at
    }
  }
`);

/** After each scheduling pass that changed something. */
export const ClusterUtilisationSubscription = graphql(`
  subscription ClusterUtilisationChanged {
    clusterUtilisation {
      clusterId
      totalCards
      busyCards
      healthyCards
      queuedRequests
      utilisation
      at
    }
  }
`);

/** A project's compute at a glance, for its detail page (own query: the page must not wait on it). */
export const ProjectAllocationSummaryQuery = graphql(`
  query ProjectAllocationSummary($id: ID!) {
    project(id: $id) {
      id
      stage
      allocationSummary {
        runningCards
        queuedRequests
        cardHours
      }
    }
  }
`);

export const AddNodesMutation = graphql(`
  mutation AddNodes($input: AddNodesInput!) {
    addNodes(input: $input) {
      cluster {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CreateClusterMutation = graphql(`
  mutation CreateCluster($input: CreateClusterInput!) {
    createCluster(input: $input) {
      cluster {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RenameClusterMutation = graphql(`
  mutation RenameCluster($input: RenameClusterInput!) {
    renameCluster(input: $input) {
      cluster {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteClusterMutation = graphql(`
  mutation DeleteCluster($input: DeleteClusterInput!) {
    deleteCluster(input: $input) {
      deletedClusterId
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RetireNodeMutation = graphql(`
  mutation RetireNode($input: RetireNodeInput!) {
    retireNode(input: $input) {
      node {
        id
        retiredAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Founders' URGENT requests that wait for a manager: the approvals list in the queue tab. */
export const UrgentRequestsAwaitingApprovalQuery = graphql(`
  query UrgentRequestsAwaitingApproval($locale: String!) {
    urgentRequestsAwaitingApproval(first: 100) {
      id
      cards
      cardType
      durationS
      createdAt
      queuePosition
      requestedPriority
      urgency
      organisation {
        id
        name
      }
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
`);

export const ApproveUrgentRequestMutation = graphql(`
  mutation ApproveUrgentRequest($input: UrgentRequestDecisionInput!) {
    approveUrgentRequest(input: $input) {
      allocationRequest {
        id
        priority
        urgency
        urgencyDecidedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeclineUrgentRequestMutation = graphql(`
  mutation DeclineUrgentRequest($input: UrgentRequestDecisionInput!) {
    declineUrgentRequest(input: $input) {
      allocationRequest {
        id
        priority
        urgency
        urgencyDecidedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
