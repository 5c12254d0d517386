import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TicketCategory } from '@suanli/domain';
import { highlight, KB_QUERY_MAX, KB_SEARCH_FIRST_MAX, KB_SUGGEST_COUNT, KB_SUGGEST_TEXT_MAX, likePattern, searchTerms, snippetOf, type KbLanguage } from '../kb-rules.js';
import type { KbSearchHit } from '../models/kb-article.model.js';

/** Scores below this are noise (a couple of shared trigrams); an exact phrase always passes. */
const MIN_SCORE = 0.3;

interface Row {
  article_id: string;
  slug: string;
  category: TicketCategory;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  deflection_count: number;
  score: number;
}

/**
 * Ranks the published versions with pg_trgm: how well the query matches somewhere inside the
 * titles (counted double) and the whole text, plus 1 when the text holds the exact phrase.
 * Trigrams need no word segmentation, so Chinese works as well as English; why this and not
 * tsvector or bigrams is in docs/adr/0017-knowledge-base-search.md. The candidates come from the
 * GIN trigram index (`ILIKE` or `<%`), the ranking only looks at those.
 */
export const KB_SEARCH_SQL = `
  WITH hits AS (
    SELECT a.id AS article_id, a.slug, a.category, a.deflection_count, v.title_zh, v.title_en, v.body_zh, v.body_en,
           2 * greatest(word_similarity($1, v.title_zh), word_similarity($1, v.title_en))
             + word_similarity($1, v.search_text)
             + CASE WHEN v.search_text ILIKE $2 THEN 1 ELSE 0 END AS score
      FROM kb_articles a
      JOIN kb_article_versions v ON v.article_id = a.id AND v.version = a.published_version
     WHERE a.status = 'PUBLISHED'
       AND ($3::text IS NULL OR a.category = $3)
       AND (v.search_text ILIKE $2 OR $1 <% v.search_text)
  )
  SELECT * FROM hits WHERE score >= ${MIN_SCORE} ORDER BY score DESC, deflection_count DESC, slug LIMIT $4`;

/**
 * For the ticket form the "query" is what the founder has typed so far, often a whole sentence:
 * the article's title is then looked for inside the text (the reverse direction of word_similarity),
 * which no index serves, so it only runs over the published versions of one category or all (a
 * few hundred rows; measured in docs/benchmarks/kb-search.md).
 */
export const KB_SUGGEST_SQL = `
  WITH hits AS (
    SELECT a.id AS article_id, a.slug, a.category, a.deflection_count, v.title_zh, v.title_en, v.body_zh, v.body_en,
           greatest(word_similarity(v.title_zh, $1), word_similarity(v.title_en, $1), word_similarity($1, v.title_zh), word_similarity($1, v.title_en))
             + word_similarity($1, v.search_text)
             + CASE WHEN v.search_text ILIKE $2 THEN 1 ELSE 0 END AS score
      FROM kb_articles a
      JOIN kb_article_versions v ON v.article_id = a.id AND v.version = a.published_version
     WHERE a.status = 'PUBLISHED'
       AND ($3::text IS NULL OR a.category = $3)
  )
  SELECT * FROM hits WHERE score >= ${MIN_SCORE + 0.2} ORDER BY score DESC, deflection_count DESC, slug LIMIT $4`;

/** Searches published articles for readers (help centre, ticket-form suggestions). */
@Injectable()
export class KbSearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(args: { query: string; language: KbLanguage; category?: TicketCategory | null; first?: number | null }): Promise<KbSearchHit[]> {
    const query = args.query.normalize('NFC').trim().slice(0, KB_QUERY_MAX);
    if (!query) return [];
    const first = Math.min(Math.max(args.first ?? 10, 1), KB_SEARCH_FIRST_MAX);
    const rows: Row[] = await this.dataSource.query(KB_SEARCH_SQL, [query, likePattern(query), args.category ?? null, first]);
    return rows.map((row) => toHit(row, query, args.language));
  }

  async suggest(args: { text: string; language: KbLanguage; category?: TicketCategory | null }): Promise<KbSearchHit[]> {
    const text = args.text.normalize('NFC').trim().slice(0, KB_SUGGEST_TEXT_MAX);
    // Fewer than two characters match nearly everything: wait for more typing.
    if ([...text].length < 2) return [];
    const rows: Row[] = await this.dataSource.query(KB_SUGGEST_SQL, [text, likePattern(text), args.category ?? null, KB_SUGGEST_COUNT]);
    return rows.map((row) => toHit(row, text, args.language));
  }
}

function toHit(row: Row, query: string, language: KbLanguage): KbSearchHit {
  // English may be missing only in a draft; a published version has both, but fall back anyway.
  const title = (language === 'EN' && row.title_en) || row.title_zh;
  const body = (language === 'EN' && row.body_en) || row.body_zh;
  return {
    articleId: row.article_id,
    slug: row.slug,
    category: row.category,
    title,
    titleParts: highlight(title, searchTerms(query)),
    snippet: snippetOf(body, query),
    score: Number(row.score),
    deflectionCount: row.deflection_count,
  };
}
