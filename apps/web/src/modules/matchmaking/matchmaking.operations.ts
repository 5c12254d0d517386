import { graphql } from '../../gql';

export const MatchTagsFields = graphql(`
  fragment MatchTagsFields on MatchTags { industries technologies stages regions }
`);

export const MatchReasonFields = graphql(`
  fragment MatchReasonFields on MatchReason { code points textZh textEn }
`);

export const MatchResourceListFields = graphql(`
  fragment MatchResourceListFields on MatchResource {
    id kind name description ownerName ownerUserId ownerOrganisationId capacity capacityPeriod available availableFrom availableUntil mine
    tags { ...MatchTagsFields }
    capacityUse { capacity taken left periodLabelZh periodLabelEn }
  }
`);

export const MatchNeedListFields = graphql(`
  fragment MatchNeedListFields on MatchNeed {
    id kind description urgency state organisationId organisationName projectId projectName projectStage postedByName createdAt updatedAt closedAt
    tags { ...MatchTagsFields }
  }
`);

export const IntroductionListFields = graphql(`
  fragment IntroductionListFields on Introduction {
    id status choice score explanationZh explanationEn organisationName proposedAt proposedByName startupAnswer startupAnsweredAt
    resourceAnswer resourceAnsweredAt acceptedAt declinedAt metOn outcome outcomeNotes concludedAt mySides mayRecord needId resourceId
    resource { id kind name ownerName }
    need { id kind description urgency projectName }
  }
`);

export const MatchResourcesQuery = graphql(`
  query MatchResources($first: Int!, $after: String, $kind: [ResourceKind!]) {
    matchResources(first: $first, after: $after, kind: $kind) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges { cursor node { ...MatchResourceListFields } }
    }
  }
`);

export const MatchResourceQuery = graphql(`
  query MatchResource($id: ID!) {
    matchResource(id: $id) {
      ...MatchResourceListFields
      conflicts { organisationId organisationName reason }
    }
  }
`);

/** Who may own a resource or be in conflict with it: every organisation (any kind), page by page. */
export const OrganisationChoicesQuery = graphql(`
  query MatchOrganisationChoices($after: String) {
    organisations(first: 100, after: $after) { pageInfo { ...PageInfoFields } edges { node { id name kind } } }
  }
`);

/** A person who may own a resource: the consultants of the consulting groups (managers cannot list every account). */
export const ConsultantChoicesQuery = graphql(`
  query MatchConsultantChoices { consultantGroups { id members { userId displayName } } }
`);

export const CreateMatchResourceMutation = graphql(`
  mutation CreateMatchResource($input: CreateMatchResourceInput!) {
    createMatchResource(input: $input) { resource { id } userErrors { ...UserErrorFields } }
  }
`);

export const UpdateMatchResourceMutation = graphql(`
  mutation UpdateMatchResource($input: UpdateMatchResourceInput!) {
    updateMatchResource(input: $input) { resource { id } userErrors { ...UserErrorFields } }
  }
`);

export const MatchNeedsQuery = graphql(`
  query MatchNeeds($first: Int!, $after: String, $state: [NeedState!], $organisationId: ID) {
    matchNeeds(first: $first, after: $after, state: $state, organisationId: $organisationId) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges { cursor node { ...MatchNeedListFields } }
    }
  }
`);

/** The founder's projects a need may serve. */
export const MyProjectsForNeedsQuery = graphql(`
  query MatchMyProjects { projects(first: 100) { edges { node { id name stage } } } }
`);

export const PostMatchNeedMutation = graphql(`
  mutation PostMatchNeed($input: PostMatchNeedInput!) {
    postMatchNeed(input: $input) { need { id } userErrors { ...UserErrorFields } }
  }
`);

export const CloseMatchNeedMutation = graphql(`
  mutation CloseMatchNeed($input: CloseMatchNeedInput!) {
    closeMatchNeed(input: $input) { need { id state } userErrors { ...UserErrorFields } }
  }
`);

export const ScoredMatchFields = graphql(`
  fragment ScoredMatchFields on ScoredMatch {
    resourceId score explanationZh explanationEn
    resource { id name kind ownerName capacityUse { taken left capacity periodLabelZh periodLabelEn } }
  }
`);

/**
 * The points of each reason come for the assignment's choice only: for every ranked match they would
 * cost 300 needs × 20 × 10 reasons against the operation's cost limit; the sentence (explanation)
 * names the same reasons for each of them.
 */
export const MatchSuggestionsQuery = graphql(`
  query MatchSuggestions($rankedPerNeed: Int!) {
    matchSuggestions(rankedPerNeed: $rankedPerNeed) {
      computedAt method totalScore greedyTotalScore
      needs {
        need { ...MatchNeedListFields }
        assigned { ...ScoredMatchFields reasons { ...MatchReasonFields } }
        ranked { ...ScoredMatchFields }
      }
    }
  }
`);

export const ProposeIntroductionMutation = graphql(`
  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {
    proposeIntroduction(input: $input) { introduction { id status choice } userErrors { ...UserErrorFields } }
  }
`);

export const IntroductionsQuery = graphql(`
  query Introductions($first: Int!, $after: String, $status: [IntroductionStatus!]) {
    introductions(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges { cursor node { ...IntroductionListFields } }
    }
  }
`);

export const IntroductionQuery = graphql(`
  query Introduction($id: ID!) {
    introduction(id: $id) {
      ...IntroductionListFields
      reasons { ...MatchReasonFields }
    }
  }
`);

export const AnswerIntroductionMutation = graphql(`
  mutation AnswerIntroduction($input: AnswerIntroductionInput!) {
    answerIntroduction(input: $input) { introduction { id status startupAnswer resourceAnswer } userErrors { ...UserErrorFields } }
  }
`);

export const RecordIntroductionMeetingMutation = graphql(`
  mutation RecordIntroductionMeeting($input: RecordIntroductionMeetingInput!) {
    recordIntroductionMeeting(input: $input) { introduction { id status metOn } userErrors { ...UserErrorFields } }
  }
`);

export const RecordIntroductionOutcomeMutation = graphql(`
  mutation RecordIntroductionOutcome($input: RecordIntroductionOutcomeInput!) {
    recordIntroductionOutcome(input: $input) { introduction { id status outcome outcomeNotes } userErrors { ...UserErrorFields } }
  }
`);

export const MatchmakingFunnelQuery = graphql(`
  query MatchmakingFunnel($fromMonth: String, $toMonth: String) {
    matchmakingFunnel(fromMonth: $fromMonth, toMonth: $toMonth) {
      fromMonth toMonth
      rows { month kind proposed accepted declined met deals }
    }
  }
`);

/** The whole assignment at once, all or none; a refused item is named by its place (`field: ['items', i, …]`). */
export const ProposeIntroductionsMutation = graphql(`
  mutation ProposeIntroductions($input: ProposeIntroductionsInput!) {
    proposeIntroductions(input: $input) { introductions { id needId } userErrors { ...UserErrorFields } }
  }
`);

/** After how many days without an answer a side is reminded (managers). */
export const MatchmakingSettingsQuery = graphql(`
  query MatchmakingSettings { matchmakingSettings { reminderDays } }
`);

export const SetMatchmakingSettingsMutation = graphql(`
  mutation SetMatchmakingSettings($input: SetMatchmakingSettingsInput!) {
    setMatchmakingSettings(input: $input) { settings { reminderDays } userErrors { ...UserErrorFields } }
  }
`);
