import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import type { TicketCategory } from '@suanli/domain';
import { highlight, KB_QUERY_MAX, KB_SEARCH_FIRST_MAX, KB_SUGGEST_COUNT, KB_SUGGEST_TEXT_MAX, likePattern, queryTerms, searchTerms, snippetOf, type KbLanguage } from '../kb-rules.js';
import type { KbSearchHit } from '../models/kb-article.model.js';

/**
 * One query for the help centre and the ticket form. $1 the text typed, $2 its exact-phrase
 * LIKE pattern (lower case, as search_text is), $3 a category or null, $4 how many, $5 the LIKE patterns of its terms
 * (bigrams for Chinese, words otherwise: kb-rules.ts queryTerms), $6 the share of terms a text
 * must hold to count as a hit (searching) or 0 (suggesting, where $7 terms must be found instead).
 *
 * score = 2 × share of terms in a title + share of terms in the whole text (both languages)
 *       + 1 for the exact phrase + ½ × pg_trgm word_similarity to the titles (orders near-equal hits).
 * pg_trgm indexes CJK characters on both databases (show_trgm('算力券申请') gives six trigrams),
 * but Chinese has no spaces, so a whole sentence is one "word" and word_similarity favours matches
 * at its start, and computing it over whole bodies cost ~1 s at 2,000 articles: it only looks at
 * titles. The GIN trigram index serves the phrase and the words of three characters or more;
 * Chinese bigrams are too short for trigrams and are matched by LIKE. Measured in
 * docs/benchmarks/kb-search.md; the choice in docs/adr/0017-knowledge-base-search.md.
 */
export const KB_SEARCH_SQL = `
  WITH candidates AS (
    SELECT a.id AS article_id, a.slug, a.category, a.deflection_count, v.title_zh, v.title_en, v.body_zh, v.body_en, v.search_text,
           (SELECT count(*) FROM unnest($5::text[]) t WHERE lower(v.title_zh || ' ' || v.title_en) LIKE t) AS title_hits,
           (SELECT count(*) FROM unnest($5::text[]) t WHERE v.search_text LIKE t) AS text_hits
      FROM kb_articles a
      JOIN kb_article_versions v ON v.article_id = a.id AND v.version = a.published_version
     WHERE a.status = 'PUBLISHED'
       AND ($3::text IS NULL OR a.category = $3)
       AND (v.search_text LIKE $2 OR v.search_text LIKE ANY ($5::text[]))
  ), scored AS (
    SELECT *, 2.0 * title_hits / greatest(cardinality($5::text[]), 1)
              + 1.0 * text_hits / greatest(cardinality($5::text[]), 1)
              + CASE WHEN search_text LIKE $2 THEN 1 ELSE 0 END
              + 0.5 * greatest(word_similarity($1, title_zh), word_similarity($1, title_en)) AS score
      FROM candidates
  )
  SELECT article_id, slug, category, deflection_count, title_zh, title_en, body_zh, body_en, score
    FROM scored
   WHERE search_text LIKE $2
      OR ($6::float8 > 0 AND text_hits >= $6::float8 * cardinality($5::text[]))
      OR ($6::float8 = 0 AND text_hits >= $7::int)
   ORDER BY score DESC, deflection_count DESC, slug
   LIMIT $4`;

/** A hit of a search holds at least this share of the query's terms (or the exact phrase). */
const SEARCH_MIN_SHARE = 0.5;
/** A suggestion shares at least this many terms with what the founder typed. */
const SUGGEST_MIN_TERMS = 2;

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

/** Searches published articles for readers (help centre, ticket-form suggestions). */
@Injectable()
export class KbSearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(args: { query: string; language: KbLanguage; category?: TicketCategory | null; first?: number | null }): Promise<KbSearchHit[]> {
    // Like every `first` of the API: out of range is the caller's mistake, not silently clamped.
    if (args.first != null && (!Number.isInteger(args.first) || args.first < 1 || args.first > KB_SEARCH_FIRST_MAX)) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, `first is 1 to ${KB_SEARCH_FIRST_MAX}`, ['first']);
    }
    const query = args.query.normalize('NFC').trim().slice(0, KB_QUERY_MAX);
    if (!query) return [];
    const first = args.first ?? 10;
    const terms = queryTerms(query);
    const rows: Row[] = await this.dataSource.query(KB_SEARCH_SQL, [query, likePattern(query.toLowerCase()), args.category ?? null, first, terms.map(likePattern), SEARCH_MIN_SHARE, 0]);
    return rows.map((row) => toHit(row, query, args.language));
  }

  async suggest(args: { text: string; language: KbLanguage; category?: TicketCategory | null }): Promise<KbSearchHit[]> {
    const text = args.text.normalize('NFC').trim().slice(0, KB_SUGGEST_TEXT_MAX);
    // Fewer than two characters match nearly everything: wait for more typing.
    if ([...text].length < 2) return [];
    const terms = queryTerms(text);
    if (terms.length === 0) return [];
    const minTerms = Math.min(SUGGEST_MIN_TERMS, terms.length);
    const rows: Row[] = await this.dataSource.query(KB_SEARCH_SQL, [text, likePattern(text.toLowerCase()), args.category ?? null, KB_SUGGEST_COUNT, terms.map(likePattern), 0, minTerms]);
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
