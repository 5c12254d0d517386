import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { loadHighsRuntime, suggestMatches, type MatchingResult, type ScoredPair } from '@suanli/matching';
import { DataSource, In, type EntityManager } from 'typeorm';
import { MATCHMAKING_CLOCK, type Clock } from '../clock.js';
import { MatchNeedEntity } from '../entities/match-need.entity.js';
import type { MatchSuggestions, ScoredMatch } from '../models/suggestions.model.js';
import { allResources, openNeeds, pastIntroductions } from './matching-inputs.js';

/** The lib's scored pair as the API serves it: both languages side by side. */
export function scoredMatchOf(pair: ScoredPair): ScoredMatch {
  return {
    needId: pair.needId, resourceId: pair.resourceId, score: pair.score, explanationZh: pair.explanation['zh-CN'], explanationEn: pair.explanation.en,
    reasons: pair.reasons.map((r) => ({ code: r.code, points: r.points, textZh: r.text['zh-CN'], textEn: r.text.en })),
  };
}

/**
 * Runs @suanli/matching over every open need without a pending proposal and every resource, with
 * the places each has used this period and the history of past introductions.
 */
@Injectable()
export class MatchSuggestionsService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MATCHMAKING_CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Loads the HiGHS WebAssembly in the background at start-up, so the first manager to run the
   * suggestions does not wait for it (about a third of a cold 1,000 × 500 run, measured in
   * docs/benchmarks/matching.md). A failed load is only logged: the first solve retries it.
   */
  onApplicationBootstrap(): void {
    loadHighsRuntime().catch((error: unknown) => new Logger('Matchmaking').warn(`HiGHS did not load at start-up: ${String(error)}`));
  }

  /** The raw result, read inside `manager` (a proposal reads it under its locks). */
  async compute(manager: EntityManager, rankedPerNeed = 5, extraNeedId?: string): Promise<MatchingResult> {
    const now = this.clock.now();
    const [needs, resources, history] = [await openNeeds(manager, extraNeedId), await allResources(manager, now), await pastIntroductions(manager)];
    return suggestMatches({ needs, resources, history, rankedPerNeed });
  }

  async suggestions(rankedPerNeed: number): Promise<MatchSuggestions> {
    const computedAt = this.clock.now();
    const result = await this.compute(this.dataSource.manager, rankedPerNeed);
    const needs = await this.dataSource.getRepository(MatchNeedEntity).findBy({ id: In(result.needs.map((n) => n.needId)) });
    const byId = new Map(needs.map((n) => [n.id, n]));
    return {
      needs: result.needs.filter((n) => byId.has(n.needId)).map((n) => ({
        need: byId.get(n.needId)!, ranked: n.ranked.map(scoredMatchOf), assigned: n.assigned ? scoredMatchOf(n.assigned) : null,
      })),
      method: result.method, totalScore: result.totalScore, greedyTotalScore: result.greedyTotalScore, computedAt,
    };
  }
}
