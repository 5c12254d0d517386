import { graphql } from '../../gql/index.js';

/** Set-up and checks of the consulting browser test, typed from docs/schema.graphql by codegen. */
export const E2eVoucherProgrammes = graphql(`query E2eVoucherProgrammes { voucherProgrammes { id status } }`);

export const E2eTicket = graphql(`
  query E2eTicket($id: ID!) { ticket(id: $id) { id status linkedKind linkedId satisfaction messages { visibility body } } }
`);

export const E2eTicketThread = graphql(`
  query E2eTicketThread($id: ID!) {
    ticket(id: $id) { id messages { id body linkedArticles { articleId slug } } attachments { id messageId fileName sizeBytes } }
  }
`);

export const E2eCreateKbArticle = graphql(`
  mutation E2eCreateKbArticle($input: CreateKbArticleInput!) { createKbArticle(input: $input) { article { id slug } userErrors { code message } } }
`);

export const E2ePublishKbArticle = graphql(`
  mutation E2ePublishKbArticle($articleId: ID!) { publishKbArticle(articleId: $articleId) { article { id status } userErrors { code message } } }
`);

export const E2eKbArticleCounters = graphql(`
  query E2eKbArticleCounters($id: ID!) { kbArticle(id: $id) { id deflectionCount linkedInReplies } }
`);

export const E2eKbArticleBySlug = graphql(`
  query E2eKbArticleBySlug($slug: String!) {
    kbArticle(slug: $slug) { id status category deflectionCount published { version titleZh titleEn bodyEn } }
  }
`);

export const E2eMyTicketCount = graphql(`query E2eMyTicketCount { tickets(first: 1) { totalCount } }`);
