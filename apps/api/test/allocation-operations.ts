import type { GraphQLClient } from './graphql-client.js';
import { CreateAllocationRequest } from './operations/allocation.operations.js';

/** GraphQL operations and small helpers the priority and admission specs share. */
export const REQUEST_FIELDS = `id state cards cardType priority requestedPriority urgency urgencyDecidedAt queuePosition preemptAt
  startedAt finishedAt endReason waitReason(locale: "en") { code message }`;
/** Typed (test/operations): its answer is checked against the schema by the typecheck. */
export const CREATE = CreateAllocationRequest;
export const CANCEL = `mutation ($id: ID!) { cancelAllocationRequest(input: { id: $id }) { allocationRequest { id state } userErrors { code } } }`;
export const GET = `query ($id: ID!) { allocationRequest(id: $id) { ${REQUEST_FIELDS} } }`;
export const APPROVE = `mutation ($id: ID!) { approveUrgentRequest(input: { id: $id }) { allocationRequest { ${REQUEST_FIELDS} } userErrors { code message } } }`;
export const DECLINE = `mutation ($id: ID!) { declineUrgentRequest(input: { id: $id }) { allocationRequest { ${REQUEST_FIELDS} } userErrors { code message } } }`;
export const SET_SCHEDULING = `mutation ($input: SetOrganisationSchedulingInput!) { setOrganisationScheduling(input: $input) {
  organisationScheduling { weight quotaCards urgentCardHoursPerMonth urgentCardHoursUsed maxOpenRequests openRequestLimit } userErrors { code } } }`;
export const BUDGET = `{ urgentBudget { cardHoursPerMonth usedCardHours remainingCardHours periodStart periodEnd } }`;

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function projectId(client: GraphQLClient, name: string): Promise<string> {
  const result = await client.request(`{ projects(first: 100) { edges { node { id name } } } }`);
  const projects = result.data!.projects.edges.map((e: { node: { id: string; name: string } }) => e.node) as { id: string; name: string }[];
  return projects.find((p) => p.name === name)!.id;
}

export async function organisationIdOf(client: GraphQLClient): Promise<string> {
  return (await client.request(`{ me { organisation { id } } }`)).data!.me.organisation.id as string;
}

/** Polls `read` until `done` holds of its value (or the time is up), and returns the last value. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await sleep(150);
  }
}

/** Queued plus running requests of the caller's organisation (founders) or of everyone (staff). */
export async function openRequests(client: GraphQLClient): Promise<number> {
  const result = await client.request(`{ allocationRequests(first: 1, states: [QUEUED, RUNNING]) { totalCount } }`);
  return result.data!.allocationRequests.totalCount as number;
}

/** Every request of the caller's organisation, whatever its state: "nothing created" compares this. */
export async function allRequests(client: GraphQLClient): Promise<number> {
  return (await client.request(`{ allocationRequests(first: 1) { totalCount } }`)).data!.allocationRequests.totalCount as number;
}
