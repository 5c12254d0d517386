import { graphql } from '../gql/index.js';

/** Milestone operations the API tests send, typed from docs/schema.graphql by codegen. */
export const MilestoneFields = graphql(`
  fragment MilestoneFields on Milestone {
    id projectId key title dueOn evidenceRequested status evidence evidenceUrl submittedAt decidedAt decisionNote
  }
`);

export const ProjectMilestones = graphql(`
  query ProjectMilestones($id: ID!) {
    project(id: $id) {
      id
      milestones { ...MilestoneFields }
      nextMilestone { key }
      overdueMilestones { key }
      milestoneHistory { milestoneId kind note actorName at }
    }
  }
`);

export const AddMilestone = graphql(`
  mutation AddMilestone($input: AddMilestoneInput!) {
    addMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }
  }
`);

export const SubmitMilestoneEvidence = graphql(`
  mutation SubmitMilestoneEvidence($input: SubmitMilestoneEvidenceInput!) {
    submitMilestoneEvidence(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }
  }
`);

export const AcceptMilestone = graphql(`
  mutation AcceptMilestone($input: AcceptMilestoneInput!) {
    acceptMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }
  }
`);

export const ReturnMilestone = graphql(`
  mutation ReturnMilestone($input: ReturnMilestoneInput!) {
    returnMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }
  }
`);
