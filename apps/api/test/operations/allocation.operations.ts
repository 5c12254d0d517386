import { graphql } from '../gql/index.js';

/**
 * The allocation operations API tests send, typed from docs/schema.graphql by codegen: a spec
 * that reads a field the schema no longer has fails to typecheck instead of reading undefined.
 */
export const AllocationRequestFields = graphql(`
  fragment AllocationRequestFields on AllocationRequest {
    id state cards cardType priority requestedPriority urgency urgencyDecidedAt queuePosition estimatedStartAt preemptAt startedAt endsAt
    finishedAt endReason cardHours waitReason(locale: "en") { code message }
  }
`);

export const CreateAllocationRequest = graphql(`
  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!) {
    createAllocationRequest(input: $input) { allocationRequest { ...AllocationRequestFields } userErrors { code message field } }
  }
`);

export const CancelAllocationRequest = graphql(`
  mutation CancelAllocationRequest($id: ID!) { cancelAllocationRequest(input: { id: $id }) { allocationRequest { id state } userErrors { code } } }
`);

export const FinishAllocation = graphql(`
  mutation FinishAllocation($id: ID!) { finishAllocation(input: { id: $id }) { allocationRequest { id state } userErrors { code } } }
`);

export const GetAllocationRequest = graphql(`
  query GetAllocationRequest($id: ID!) { allocationRequest(id: $id) { ...AllocationRequestFields } }
`);

/** The wait reason in the caller's own language (no locale argument). */
export const AllocationWaitReason = graphql(`
  query AllocationWaitReason($id: ID!) { allocationRequest(id: $id) { waitReason { message } } }
`);

export const ApproveUrgentRequest = graphql(`
  mutation ApproveUrgentRequest($id: ID!) {
    approveUrgentRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code message } }
  }
`);

export const DeclineUrgentRequest = graphql(`
  mutation DeclineUrgentRequest($id: ID!) {
    declineUrgentRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code message } }
  }
`);

export const UrgentRequestsAwaitingApproval = graphql(`
  query UrgentRequestsAwaitingApproval { urgentRequestsAwaitingApproval { id requestedPriority } }
`);

export const SetOrganisationScheduling = graphql(`
  mutation SetOrganisationScheduling($input: SetOrganisationSchedulingInput!) {
    setOrganisationScheduling(input: $input) {
      organisationScheduling { weight quotaCards urgentCardHoursPerMonth urgentCardHoursUsed maxOpenRequests openRequestLimit }
      userErrors { code }
    }
  }
`);

export const OrganisationSchedulingRows = graphql(`
  query OrganisationSchedulingRows {
    organisationScheduling(first: 100) { centreCards edges { node { weight quotaCards urgentCardHoursPerMonth organisation { id } } } }
  }
`);

export const UrgentBudget = graphql(`
  query UrgentBudget { urgentBudget { cardHoursPerMonth usedCardHours remainingCardHours periodStart periodEnd } }
`);

export const ClusterCards = graphql(`query ClusterCards { clusters { nodes { cards { id } } } }`);

export const OpenRequestCount = graphql(`query OpenRequestCount { allocationRequests(first: 1, states: [QUEUED, RUNNING]) { totalCount } }`);

export const RequestCount = graphql(`query RequestCount { allocationRequests(first: 1) { totalCount } }`);

export const MyOrganisation = graphql(`query MyOrganisation { me { organisation { id } } }`);

/** A create whose answer is only the new request's state and the error codes. */
export const CreateAllocationRequestCodes = graphql(`
  mutation CreateAllocationRequestCodes($input: CreateAllocationRequestInput!) {
    createAllocationRequest(input: $input) { allocationRequest { id state } userErrors { code } }
  }
`);

export const AllocationRequestTimes = graphql(`
  query AllocationRequestTimes($id: ID!) { allocationRequest(id: $id) { id state queuePosition startedAt finishedAt } }
`);

export const CancelAllocationRequestCodes = graphql(`
  mutation CancelAllocationRequestCodes($id: ID!) { cancelAllocationRequest(input: { id: $id }) { userErrors { code } } }
`);

export const CreateAllocationRequestWithOwner = graphql(`
  mutation CreateAllocationRequestWithOwner($input: CreateAllocationRequestInput!) {
    createAllocationRequest(input: $input) {
      allocationRequest { ...AllocationRequestFields clusterId project { id } organisation { name } }
      userErrors { code message field }
    }
  }
`);

export const CancelAllocationRequestWithFields = graphql(`
  mutation CancelAllocationRequestWithFields($id: ID!) {
    cancelAllocationRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code } }
  }
`);

export const AllocationQueueOf = graphql(`
  query AllocationQueueOf($cardType: String, $cluster: ID) {
    allocationQueue(cardType: $cardType, clusterId: $cluster) { id queuePosition organisation { name } }
  }
`);

export const SetWeightAndQuota = graphql(`
  mutation SetWeightAndQuota($org: ID!) {
    setOrganisationScheduling(input: { organisationId: $org, weight: 2, quotaCards: 4 }) {
      organisationScheduling { weight quotaCards organisation { name } }
      userErrors { code }
    }
  }
`);

export const FortnightUsage = graphql(`query FortnightUsage { usage(days: 14) { totalCardHours daily { day cardHours } byProject { projectId } } }`);

export const OrganisationSchedulingCount = graphql(`query OrganisationSchedulingCount { organisationScheduling { totalCount } }`);

export const CreateTelemetryToken = graphql(`
  mutation CreateTelemetryToken { createApiToken(input: { name: "telemetry", scopes: ["telemetry"] }) { token } }
`);

export const DemoQueue = graphql(`
  query DemoQueue {
    allocationQueue(cardType: "Ascend 910B", first: 500) {
      id queuePosition cards priority
      organisation { name kind }
      project { name }
      waitReason(locale: "en") { code params }
    }
  }
`);
