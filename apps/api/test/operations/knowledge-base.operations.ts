import { graphql } from '../gql/index.js';

/** Knowledge-base operations the API tests send, typed from docs/schema.graphql by codegen. */
export const KbArticleResult = graphql(`
  fragment KbArticleResult on KbArticlePayload {
    article { id slug status deflectionCount hasUnpublishedChanges published { version titleZh } versions { version } }
    userErrors { code field message }
  }
`);

export const CreateKbArticle = graphql(`
  mutation TestCreateKbArticle($input: CreateKbArticleInput!) { createKbArticle(input: $input) { ...KbArticleResult } }
`);

export const UpdateKbArticleDraft = graphql(`
  mutation TestUpdateKbArticleDraft($input: UpdateKbArticleDraftInput!) { updateKbArticleDraft(input: $input) { ...KbArticleResult } }
`);

export const PublishKbArticle = graphql(`
  mutation TestPublishKbArticle($articleId: ID!) { publishKbArticle(articleId: $articleId) { ...KbArticleResult } }
`);

export const UnpublishKbArticle = graphql(`
  mutation TestUnpublishKbArticle($articleId: ID!) { unpublishKbArticle(articleId: $articleId) { ...KbArticleResult } }
`);

export const MarkKbArticleHelpful = graphql(`
  mutation TestMarkKbArticleHelpful($articleId: ID!) {
    markKbArticleHelpful(articleId: $articleId) { counted article { id deflectionCount helpfulByMe } userErrors { code } }
  }
`);

export const ReadKbArticle = graphql(`
  query TestKbArticle($id: ID, $slug: String) {
    kbArticle(id: $id, slug: $slug) { id status viewCount deflectionCount linkedInReplies helpfulByMe draft { bodyZh } published { version bodyZh } }
  }
`);

export const ListKbArticles = graphql(`
  query TestKbArticles { kbArticles { id slug deflectionCount viewCount linkedInReplies } }
`);

export const SearchKb = graphql(`
  query TestKbSearch($query: String!, $locale: KbLanguage!) { kbSearch(query: $query, locale: $locale) { articleId title } }
`);
