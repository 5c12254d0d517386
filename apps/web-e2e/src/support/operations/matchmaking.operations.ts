import { graphql } from '../../gql/index.js';

/** Set-up and checks of the matchmaking browser test, typed from docs/schema.graphql by codegen. */
export const E2eMatchNeeds = graphql(`
  query E2eMatchNeeds { matchNeeds(first: 100) { edges { node { id state description kind } } } }
`);

export const E2eIntroductions = graphql(`
  query E2eIntroductions { introductions(first: 100) { edges { node { id status needId resourceId startupAnswer resourceAnswer metOn outcome outcomeNotes mySides } } } }
`);

export const E2eMatchResources = graphql(`
  query E2eMatchResources { matchResources(first: 100, kind: [CUSTOMER]) { edges { node { id name capacityUse { taken left } } } } }
`);

export const E2eAnswerIntroduction = graphql(`
  mutation E2eAnswerIntroduction($input: AnswerIntroductionInput!) {
    answerIntroduction(input: $input) { introduction { id status } userErrors { code message field } }
  }
`);

export const E2eCreateMatchResource = graphql(`
  mutation E2eCreateMatchResource($input: CreateMatchResourceInput!) {
    createMatchResource(input: $input) { resource { id name } userErrors { code message field } }
  }
`);

export const E2eMe = graphql(`query E2eMatchMe { me { id displayName } }`);

export const E2ePostMatchNeed = graphql(`
  mutation E2ePostMatchNeed($input: PostMatchNeedInput!) {
    postMatchNeed(input: $input) { need { id } userErrors { code message field } }
  }
`);

export const E2eProposeIntroduction = graphql(`
  mutation E2eProposeIntroduction($input: ProposeIntroductionInput!) {
    proposeIntroduction(input: $input) { introduction { id status } userErrors { code message field } }
  }
`);

export const E2eMatchmakingSettings = graphql(`query E2eMatchmakingSettings { matchmakingSettings { reminderDays } }`);
