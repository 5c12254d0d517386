import type { GraphQLClient } from './graphql-client.js';
import {
  ApproveUrgentRequest,
  CancelAllocationRequest,
  CreateAllocationRequest,
  DeclineUrgentRequest,
  GetAllocationRequest,
  MyOrganisation,
  OpenRequestCount,
  RequestCount,
  SetOrganisationScheduling,
  UrgentBudget,
} from './operations/allocation.operations.js';

/** Typed operations (test/operations) and small helpers the priority and admission specs share. */
export const CREATE = CreateAllocationRequest;
export const CANCEL = CancelAllocationRequest;
export const GET = GetAllocationRequest;
export const APPROVE = ApproveUrgentRequest;
export const DECLINE = DeclineUrgentRequest;
export const SET_SCHEDULING = SetOrganisationScheduling;
export const BUDGET = UrgentBudget;

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function organisationIdOf(client: GraphQLClient): Promise<string> {
  return (await client.request(MyOrganisation, {})).data!.me.organisation!.id;
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
  return (await client.request(OpenRequestCount, {})).data!.allocationRequests.totalCount;
}

/** Every request of the caller's organisation, whatever its state: "nothing created" compares this. */
export async function allRequests(client: GraphQLClient): Promise<number> {
  return (await client.request(RequestCount, {})).data!.allocationRequests.totalCount;
}
