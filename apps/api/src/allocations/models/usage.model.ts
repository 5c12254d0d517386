import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class DailyUsage {
  @Field({ description: 'Calendar day in Asia/Shanghai, YYYY-MM-DD.' })
  day!: string;

  @Field(() => Float)
  cardHours!: number;
}

@ObjectType()
export class ProjectUsage {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => Float)
  cardHours!: number;
}

@ObjectType({ description: 'Metered usage in card-hours.' })
export class UsageReport {
  @Field(() => Float)
  totalCardHours!: number;

  @Field(() => [DailyUsage])
  daily!: DailyUsage[];

  @Field(() => [ProjectUsage])
  byProject!: ProjectUsage[];
}
