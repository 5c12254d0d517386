import { graphql } from '../gql/index.js';

/** Matchmaking (资源嫁接) operations the API tests send, typed from docs/schema.graphql by codegen. */
export const MatchResourceFields = graphql(`
  fragment MatchResourceFields on MatchResource {
    id kind name description ownerUserId ownerOrganisationId ownerName capacity capacityPeriod available availableFrom availableUntil mine
    tags { industries technologies stages regions }
    capacityUse { capacity taken left periodLabelZh periodLabelEn }
  }
`);

export const IntroductionFields = graphql(`
  fragment IntroductionFields on Introduction {
    id needId resourceId organisationId organisationName status choice score explanationZh explanationEn proposedAt proposedByName
    startupAnswer startupAnsweredAt resourceAnswer resourceAnsweredAt acceptedAt declinedAt metOn outcome outcomeNotes concludedAt mySides mayRecord
    reasons { code points textZh textEn }
  }
`);

export const MatchNeedFields = graphql(`
  fragment MatchNeedFields on MatchNeed {
    id organisationId organisationName projectId projectName projectStage kind description urgency state competitorOrganisationIds postedByName createdAt closedAt
    tags { industries technologies stages regions }
  }
`);

export const CreateMatchResource = graphql(`
  mutation CreateMatchResource($input: CreateMatchResourceInput!) {
    createMatchResource(input: $input) { resource { ...MatchResourceFields conflicts { organisationId organisationName reason } } userErrors { code field message } }
  }
`);

export const UpdateMatchResource = graphql(`
  mutation UpdateMatchResource($input: UpdateMatchResourceInput!) {
    updateMatchResource(input: $input) { resource { ...MatchResourceFields conflicts { organisationId reason } } userErrors { code field } }
  }
`);

export const MatchResources = graphql(`
  query MatchResources($kind: [ResourceKind!]) { matchResources(first: 100, kind: $kind) { totalCount edges { node { id name kind mine } } } }
`);

export const MatchResourceById = graphql(`
  query MatchResourceById($id: ID!) { matchResource(id: $id) { ...MatchResourceFields conflicts { organisationId reason } } }
`);

export const PostMatchNeed = graphql(`
  mutation PostMatchNeed($input: PostMatchNeedInput!) { postMatchNeed(input: $input) { need { ...MatchNeedFields } userErrors { code field message } } }
`);

export const UpdateMatchNeed = graphql(`
  mutation UpdateMatchNeed($input: UpdateMatchNeedInput!) { updateMatchNeed(input: $input) { need { ...MatchNeedFields } userErrors { code field } } }
`);

export const CloseMatchNeed = graphql(`
  mutation CloseMatchNeed($input: CloseMatchNeedInput!) { closeMatchNeed(input: $input) { need { id state closedAt } userErrors { code field } } }
`);

export const MatchNeeds = graphql(`
  query MatchNeeds($organisationId: ID, $state: [NeedState!]) {
    matchNeeds(first: 100, organisationId: $organisationId, state: $state) { totalCount edges { node { id organisationId state kind } } }
  }
`);

export const MatchNeedById = graphql(`
  query MatchNeedById($id: ID!) { matchNeed(id: $id) { ...MatchNeedFields introductions { id status } } }
`);

/** A need as its resource's owner reads it: without the startup's declared competitors. */
export const MatchNeedSeen = graphql(`
  query MatchNeedSeen($id: ID!) { matchNeed(id: $id) { id organisationId kind description } }
`);

export const MatchNeedCompetitors = graphql(`query MatchNeedCompetitors($id: ID!) { matchNeed(id: $id) { id competitorOrganisationIds } }`);

export const SetOrganisationCompetitors = graphql(`
  mutation SetOrganisationCompetitors($input: SetOrganisationCompetitorsInput!) { setOrganisationCompetitors(input: $input) { competitorOrganisationIds userErrors { code field } } }
`);

export const OrganisationCompetitors = graphql(`query OrganisationCompetitors($id: ID!) { organisationCompetitors(id: $id) }`);

export const MatchSuggestions = graphql(`
  query MatchSuggestions($rankedPerNeed: Int) {
    matchSuggestions(rankedPerNeed: $rankedPerNeed) {
      method totalScore greedyTotalScore computedAt
      needs {
        need { id organisationId kind urgency }
        ranked { resourceId score explanationZh explanationEn reasons { code points } }
        assigned { resourceId score explanationZh explanationEn resource { id name } }
      }
    }
  }
`);

export const ProposeIntroduction = graphql(`
  mutation ProposeIntroduction($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { ...IntroductionFields } userErrors { code field message } } }
`);

export const AnswerIntroduction = graphql(`
  mutation AnswerIntroduction($input: AnswerIntroductionInput!) { answerIntroduction(input: $input) { introduction { ...IntroductionFields } userErrors { code field message } } }
`);

export const RecordIntroductionMeeting = graphql(`
  mutation RecordIntroductionMeeting($input: RecordIntroductionMeetingInput!) { recordIntroductionMeeting(input: $input) { introduction { id status metOn } userErrors { code field } } }
`);

export const RecordIntroductionOutcome = graphql(`
  mutation RecordIntroductionOutcome($input: RecordIntroductionOutcomeInput!) {
    recordIntroductionOutcome(input: $input) { introduction { id status outcome outcomeNotes concludedAt } userErrors { code field } }
  }
`);

export const IntroductionById = graphql(`
  query IntroductionById($id: ID!) {
    introduction(id: $id) { ...IntroductionFields need { id organisationId } resource { id name ownerName } }
  }
`);

export const Introductions = graphql(`
  query Introductions($status: [IntroductionStatus!], $needId: ID, $resourceId: ID) {
    introductions(first: 100, status: $status, needId: $needId, resourceId: $resourceId) { totalCount edges { node { id status outcome organisationId resourceId } } }
  }
`);

export const MatchmakingFunnel = graphql(`
  query MatchmakingFunnel($fromMonth: String, $toMonth: String) {
    matchmakingFunnel(fromMonth: $fromMonth, toMonth: $toMonth) { fromMonth toMonth rows { month kind proposed accepted declined met deals } }
  }
`);

export const MatchmakingSettings = graphql(`query MatchmakingSettings { matchmakingSettings { reminderDays } }`);

export const SetMatchmakingSettings = graphql(`
  mutation SetMatchmakingSettings($input: SetMatchmakingSettingsInput!) { setMatchmakingSettings(input: $input) { settings { reminderDays } userErrors { code field } } }
`);

export const MatchmakingMe = graphql(`query MatchmakingMe { me { id } }`);

export const MatchmakingNotifications = graphql(`
  query MatchmakingNotifications { notifications(first: 50) { edges { node { kind link params { name value } } } } }
`);

export const MatchmakingAudit = graphql(`
  query MatchmakingAudit($action: String) { auditEvents(first: 50, action: $action) { edges { node { action targetId detailsJson } } } }
`);

export const ProposeIntroductions = graphql(`
  mutation ProposeIntroductions($input: ProposeIntroductionsInput!) {
    proposeIntroductions(input: $input) { introductions { id needId resourceId status choice } userErrors { code field message } }
  }
`);
