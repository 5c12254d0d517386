import { graphql } from '../../gql';

export const TicketListFields = graphql(`
  fragment TicketListFields on Ticket {
    id subject category priority status createdAt updatedAt assigneeId assigneeName openerName satisfaction
    slaTargets { kind state minutesLeft deadline metAt }
  }
`);

export const TicketsQuery = graphql(`
  query ConsultingTickets($first: Int!, $after: String, $status: [TicketStatus!], $category: [TicketCategory!], $priority: [TicketPriority!], $breached: Boolean, $mine: Boolean) {
    tickets(first: $first, after: $after, status: $status, category: $category, priority: $priority, breached: $breached, mine: $mine) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges { cursor node { ...TicketListFields } }
    }
  }
`);

export const TicketQuery = graphql(`
  query ConsultingTicket($id: ID!) {
    ticket(id: $id) {
      ...TicketListFields
      linkedKind linkedId firstResponseAt resolvedAt closedAt satisfactionComment
      messages { id visibility body authorName mine createdAt linkedArticles { articleId slug titleZh titleEn published } }
      attachments { id messageId fileName sizeBytes contentType }
      slaTargets { kind targetMinutes usedMinutes minutesLeft deadline warningAt state metAt }
      escalations { id kind at priorityBefore priorityAfter notifiedCount }
      statusHistory { fromStatus toStatus at }
    }
  }
`);

export const ConsultantGroupsQuery = graphql(`
  query ConsultantGroups { consultantGroups { id name category leadUserId members { userId displayName } } }
`);

export const OpenTicketMutation = graphql(`
  mutation ConsultingOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { ticket { id } userErrors { code message field } } }
`);

export const ReplyMutation = graphql(`
  mutation ConsultingReply($input: PostTicketMessageInput!) { replyToTicket(input: $input) { ticket { id status } message { id } userErrors { code message field } } }
`);

export const NoteMutation = graphql(`
  mutation ConsultingNote($input: PostTicketMessageInput!) { addTicketNote(input: $input) { message { id } userErrors { code message field } } }
`);

export const ChangeStatusMutation = graphql(`
  mutation ConsultingChangeStatus($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { ticket { id status } userErrors { code message field } } }
`);

export const RateMutation = graphql(`
  mutation ConsultingRate($input: RateTicketInput!) { rateTicket(input: $input) { ticket { id satisfaction satisfactionComment } userErrors { code message field } } }
`);

export const AssignMutation = graphql(`
  mutation ConsultingAssign($input: AssignTicketsInput!) { assignTickets(input: $input) { tickets { id assigneeId assigneeName } userErrors { code message field } } }
`);

export const SatisfactionReportQuery = graphql(`
  query ConsultingSatisfactionReport($fromMonth: String!, $toMonth: String!) {
    satisfactionReport(fromMonth: $fromMonth, toMonth: $toMonth) {
      fromMonth toMonth
      byConsultant { consultantId consultantName ratings averageScoreHundredths counts lowScores }
      byCategory { category ratings averageScoreHundredths counts lowScores }
      byMonth { month ratings averageScoreHundredths counts lowScores }
    }
  }
`);

export const AttachMutation = graphql(`
  mutation ConsultingAttach($input: AttachToTicketMessageInput!) { attachToTicketMessage(input: $input) { attachment { id } userErrors { code message field } } }
`);
