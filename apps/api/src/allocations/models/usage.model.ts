import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Card-hours metered on one calendar day.' })
export class DailyUsage {
  @Field({ description: 'Calendar day in Asia/Shanghai, YYYY-MM-DD.' })
  day!: string;

  @Field(() => Float, { description: 'Card-hours of work that ran on that day.' })
  cardHours!: number;
}

@ObjectType({ description: 'Card-hours one project has used, all time.' })
export class ProjectUsage {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => ID, { description: 'The project’s organisation.' })
  organisationId!: string;

  @Field(() => Float, { description: 'Metered card-hours, all time.' })
  cardHours!: number;
}

@ObjectType({ description: 'Metered usage in card-hours.' })
export class UsageReport {
  @Field(() => Float, { description: 'All-time card-hours: the sum of byProject.' })
  totalCardHours!: number;

  @Field(() => [DailyUsage], { description: 'One entry per day of the requested days, oldest first, days without work at 0.' })
  daily!: DailyUsage[];

  @Field(() => [ProjectUsage], { description: 'One entry per project that has used cards, most card-hours first.' })
  byProject!: ProjectUsage[];
}
