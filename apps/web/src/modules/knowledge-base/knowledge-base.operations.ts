import { graphql } from '../../gql';

export const KbHitFields = graphql(`
  fragment KbHitFields on KbSearchHit {
    articleId
    slug
    category
    title
    titleParts {
      text
      match
    }
    snippet {
      text
      match
    }
    deflectionCount
  }
`);

export const KbSearchQuery = graphql(`
  query KbSearch($query: String!, $locale: KbLanguage!, $category: TicketCategory, $first: Int) {
    kbSearch(query: $query, locale: $locale, category: $category, first: $first) {
      ...KbHitFields
    }
  }
`);

export const KbSuggestQuery = graphql(`
  query KbSuggest($text: String!, $locale: KbLanguage!, $category: TicketCategory) {
    kbSuggest(text: $text, locale: $locale, category: $category) {
      ...KbHitFields
    }
  }
`);

export const KbVersionFields = graphql(`
  fragment KbVersionFields on KbArticleVersion {
    version
    titleZh
    titleEn
    bodyZh
    bodyEn
    publishedAt
    publishedByName
  }
`);

export const KbArticleSummaryFields = graphql(`
  fragment KbArticleSummaryFields on KbArticle {
    id
    slug
    category
    status
    linkedInReplies
    authorName
    viewCount
    deflectionCount
    hasUnpublishedChanges
    updatedAt
  }
`);

export const KbArticleQuery = graphql(`
  query KbArticle($id: ID, $slug: String) {
    kbArticle(id: $id, slug: $slug) {
      ...KbArticleSummaryFields
      helpfulByMe
      published {
        ...KbVersionFields
      }
      draft {
        titleZh
        titleEn
        bodyZh
        bodyEn
      }
      versions {
        ...KbVersionFields
      }
    }
  }
`);

export const KbArticlesQuery = graphql(`
  query KbArticles {
    kbArticles {
      ...KbArticleSummaryFields
      published {
        version
        titleZh
        titleEn
      }
      draft {
        titleZh
        titleEn
      }
    }
  }
`);

export const CreateKbArticleMutation = graphql(`
  mutation CreateKbArticle($input: CreateKbArticleInput!) {
    createKbArticle(input: $input) {
      article {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateKbArticleDraftMutation = graphql(`
  mutation UpdateKbArticleDraft($input: UpdateKbArticleDraftInput!) {
    updateKbArticleDraft(input: $input) {
      article {
        id
        hasUnpublishedChanges
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PublishKbArticleMutation = graphql(`
  mutation PublishKbArticle($articleId: ID!) {
    publishKbArticle(articleId: $articleId) {
      article {
        id
        status
        hasUnpublishedChanges
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnpublishKbArticleMutation = graphql(`
  mutation UnpublishKbArticle($articleId: ID!) {
    unpublishKbArticle(articleId: $articleId) {
      article {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MarkKbArticleHelpfulMutation = graphql(`
  mutation MarkKbArticleHelpful($articleId: ID!) {
    markKbArticleHelpful(articleId: $articleId) {
      counted
      article {
        id
        deflectionCount
        helpfulByMe
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
