import { graphql } from '../gql/index.js';

/** Consulting ticket operations the API tests send, typed from docs/schema.graphql by codegen. */
export const TicketFields = graphql(`
  fragment TicketFields on Ticket {
    id organisationId category priority subject status assigneeId assigneeName linkedKind linkedId firstResponseAt resolvedAt closedAt satisfaction satisfactionComment
    messages { id visibility body authorName mine linkedArticles { articleId slug titleZh titleEn published } }
    slaTargets { kind targetMinutes usedMinutes minutesLeft deadline state metAt }
    escalations { kind priorityBefore priorityAfter notifiedCount }
    statusHistory { fromStatus toStatus }
  }
`);

export const MyId = graphql(`query MyId { me { id } }`);

export const TicketById = graphql(`query TicketById($id: ID!) { ticket(id: $id) { ...TicketFields } }`);

export const TicketQueue = graphql(`
  query TicketQueue($status: [TicketStatus!], $breached: Boolean, $mine: Boolean) {
    tickets(first: 50, status: $status, breached: $breached, mine: $mine) { totalCount edges { node { id status subject slaTargets { kind state minutesLeft } } } }
  }
`);

export const OpenTicket = graphql(`
  mutation OpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { ticket { ...TicketFields } userErrors { code field } } }
`);

export const ReplyToTicket = graphql(`
  mutation ReplyToTicket($input: PostTicketMessageInput!) { replyToTicket(input: $input) { ticket { id status } message { id } userErrors { code field } } }
`);

export const AddTicketNote = graphql(`
  mutation AddTicketNote($input: PostTicketMessageInput!) { addTicketNote(input: $input) { message { id visibility } userErrors { code field } } }
`);

export const ChangeTicketStatus = graphql(`
  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { ticket { id status } userErrors { code field } } }
`);

export const RateTicket = graphql(`
  mutation RateTicket($input: RateTicketInput!) { rateTicket(input: $input) { ticket { id satisfaction satisfactionComment } userErrors { code field } } }
`);

export const AssignTickets = graphql(`
  mutation AssignTickets($input: AssignTicketsInput!) { assignTickets(input: $input) { tickets { id assigneeId } userErrors { code field } } }
`);

export const AttachToTicketMessage = graphql(`
  mutation AttachToTicketMessage($input: AttachToTicketMessageInput!) {
    attachToTicketMessage(input: $input) { attachment { id fileName sizeBytes contentType } userErrors { code field } }
  }
`);

export const SetConsultantGroup = graphql(`
  mutation SetConsultantGroup($input: SetConsultantGroupInput!) {
    setConsultantGroup(input: $input) { group { id category leadUserId members { userId } } userErrors { code field } }
  }
`);

export const SetSlaPolicy = graphql(`
  mutation SetSlaPolicy($input: SetSlaPolicyInput!) { setSlaPolicy(input: $input) { policy { category priority firstResponseMinutes resolutionMinutes } userErrors { code field } } }
`);

export const SlaPolicies = graphql(`query SlaPolicies { slaPolicies { category priority firstResponseMinutes resolutionMinutes } }`);

export const SatisfactionReport = graphql(`
  query SatisfactionReport($fromMonth: String!, $toMonth: String!) {
    satisfactionReport(fromMonth: $fromMonth, toMonth: $toMonth) {
      fromMonth toMonth
      byConsultant { consultantId consultantName ratings averageScoreHundredths counts lowScores }
      byCategory { category ratings averageScoreHundredths counts lowScores }
      byMonth { month ratings averageScoreHundredths counts lowScores }
    }
  }
`);

export const TicketAttachments = graphql(`
  query TicketAttachments($id: ID!) { ticket(id: $id) { id attachments { id messageId fileName contentType sizeBytes } } }
`);
