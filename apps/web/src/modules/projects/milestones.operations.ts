import { graphql } from '../../gql';

/** A project's milestones as the milestones card shows them; every milestone mutation refetches it. */
export const ProjectMilestonesQuery = graphql(`
  query ProjectMilestones($id: ID!) {
    project(id: $id) {
      id
      milestones {
        id
        key
        title
        dueOn
        evidenceRequested
        status
        evidence
        evidenceUrl
        submittedAt
        decidedAt
        decisionNote
      }
      overdueMilestones {
        id
      }
      nextMilestone {
        id
      }
      milestoneHistory {
        id
        milestoneId
        kind
        at
        note
        actorName
      }
    }
  }
`);

/** What a change to a milestone answers; the card refetches the rest. */
export const MilestoneChangeFieldsFragment = graphql(`
  fragment MilestoneChangeFields on Milestone {
    id
    status
  }
`);

export const AddMilestoneMutation = graphql(`
  mutation AddProjectMilestone($input: AddMilestoneInput!) {
    addMilestone(input: $input) {
      milestone {
        ...MilestoneChangeFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SubmitMilestoneEvidenceMutation = graphql(`
  mutation SubmitProjectMilestoneEvidence($input: SubmitMilestoneEvidenceInput!) {
    submitMilestoneEvidence(input: $input) {
      milestone {
        ...MilestoneChangeFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AcceptMilestoneMutation = graphql(`
  mutation AcceptProjectMilestone($input: AcceptMilestoneInput!) {
    acceptMilestone(input: $input) {
      milestone {
        ...MilestoneChangeFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReturnMilestoneMutation = graphql(`
  mutation ReturnProjectMilestone($input: ReturnMilestoneInput!) {
    returnMilestone(input: $input) {
      milestone {
        ...MilestoneChangeFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
