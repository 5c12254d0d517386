import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { TicketCategory } from '../ticket-rules.js';
import { TicketCategoryEnum } from './consulting-enums.js';

/** The ratings of one slice of the report; the average is exact × 100 so no float reaches the client. */
@ObjectType({ isAbstract: true })
export abstract class SatisfactionStats {
  @Field(() => Int, { description: 'How many ratings.' })
  ratings!: number;

  @Field(() => Int, { description: 'The average score × 100, rounded half up (431 is 4.31).' })
  averageScoreHundredths!: number;

  @Field(() => [Int], { description: 'How many ratings gave each score, 1 to 5 in order.' })
  counts!: number[];

  @Field(() => Int, { description: 'How many ratings were 2 or less.' })
  lowScores!: number;
}

@ObjectType({ description: 'Ratings of the tickets a consultant was assigned.' })
export class SatisfactionByConsultant extends SatisfactionStats {
  @Field(() => ID, { nullable: true, description: 'The assignee; null for tickets rated with nobody assigned.' })
  consultantId!: string | null;

  @Field(() => String, { nullable: true, description: 'The assignee’s display name.' })
  consultantName!: string | null;
}

@ObjectType({ description: 'Ratings of the tickets in a category.' })
export class SatisfactionByCategory extends SatisfactionStats {
  @Field(() => TicketCategoryEnum, { description: 'The category.' })
  category!: TicketCategory;
}

@ObjectType({ description: 'Ratings given in a calendar month (Asia/Shanghai).' })
export class SatisfactionByMonth extends SatisfactionStats {
  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;
}

@ObjectType({ description: 'Founders’ satisfaction with resolved tickets, by consultant, category and month of rating.' })
export class SatisfactionReport {
  @Field(() => String, { description: 'The first month, YYYY-MM.' })
  fromMonth!: string;

  @Field(() => String, { description: 'The last month, YYYY-MM (included).' })
  toMonth!: string;

  @Field(() => [SatisfactionByConsultant], { description: 'By consultant, most ratings first.' })
  byConsultant!: SatisfactionByConsultant[];

  @Field(() => [SatisfactionByCategory], { description: 'By category, most ratings first.' })
  byCategory!: SatisfactionByCategory[];

  @Field(() => [SatisfactionByMonth], { description: 'By month, oldest first; months without ratings are left out.' })
  byMonth!: SatisfactionByMonth[];
}
