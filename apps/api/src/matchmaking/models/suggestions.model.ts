import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MatchReason } from './introduction.model.js';
import { MatchNeed } from './match-need.model.js';
import { MATCHING_METHODS, MatchingMethodEnum } from './matchmaking-enums.js';

@ObjectType({ description: 'A feasible resource for a need (same kind, no conflict, a place left, available) with its score and why.' })
export class ScoredMatch {
  @Field(() => ID, { description: 'The need.' })
  needId!: string;

  @Field(() => ID, { description: 'The resource.' })
  resourceId!: string;

  @Field(() => Int, { description: 'The score; higher is better.' })
  score!: number;

  @Field(() => [MatchReason], { description: 'The score’s parts.' })
  reasons!: MatchReason[];

  @Field({ description: 'The reasons joined, in Chinese.' })
  explanationZh!: string;

  @Field({ description: 'The reasons joined, in English.' })
  explanationEn!: string;
}

@ObjectType({ description: 'One open need’s suggestions: the ranked feasible resources and the one the global assignment chose.' })
export class NeedSuggestions {
  @Field(() => MatchNeed, { description: 'The need.' })
  need!: MatchNeed;

  @Field(() => [ScoredMatch], { description: 'The best feasible resources, best first.' })
  ranked!: ScoredMatch[];

  @Field(() => ScoredMatch, { nullable: true, description: 'The resource the assignment over all open needs chose; null when none is feasible or capacity ran out.' })
  assigned!: ScoredMatch | null;
}

@ObjectType({ description: 'Suggestions over every open need at once, never past a resource’s capacity nor into a conflict.' })
export class MatchSuggestions {
  @Field(() => [NeedSuggestions], { description: 'Per open need without a pending proposal, most urgent first.' })
  needs!: NeedSuggestions[];

  @Field(() => MatchingMethodEnum, { description: 'How the assignment was computed.' })
  method!: (typeof MATCHING_METHODS)[number];

  @Field(() => Int, { description: 'Sum of the assigned scores.' })
  totalScore!: number;

  @Field(() => Int, { description: 'What a greedy assignment would score on the same input (the assignment is never below it).' })
  greedyTotalScore!: number;

  @Field({ description: 'When they were computed.' })
  computedAt!: Date;
}
