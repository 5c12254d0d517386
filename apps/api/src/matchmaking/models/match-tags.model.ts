import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, Matches } from 'class-validator';
import { MAX_TAGS, TAG_PATTERN } from '../matchmaking-rules.js';

@ObjectType({ description: 'Tags the scorer compares, lower-case slugs such as "remote-sensing".' })
export class MatchTags {
  @Field(() => [String], { description: 'Industries, e.g. healthcare, remote-sensing.' })
  industries!: string[];

  @Field(() => [String], { description: 'Technologies, e.g. computer-vision, ascend.' })
  technologies!: string[];

  @Field(() => [String], { description: 'Project stages it suits (APPLIED … INCUBATING, lower-case).' })
  stages!: string[];

  @Field(() => [String], { description: 'Regions, e.g. chengdu, sichuan.' })
  regions!: string[];
}

const TAG_MESSAGE = 'tags are lower-case slugs of letters, digits and hyphens (at most 40 characters)';

@InputType({ description: 'Tags; each list at most 20 slugs (letters, digits, hyphens; spaces and case are normalised).' })
export class MatchTagsInput {
  @Field(() => [String], { defaultValue: [], description: 'Industries.' })
  @IsOptional() @ArrayMaxSize(MAX_TAGS) @IsString({ each: true }) @Matches(TAG_PATTERN, { each: true, message: TAG_MESSAGE })
  industries!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Technologies.' })
  @IsOptional() @ArrayMaxSize(MAX_TAGS) @IsString({ each: true }) @Matches(TAG_PATTERN, { each: true, message: TAG_MESSAGE })
  technologies!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Project stages.' })
  @IsOptional() @ArrayMaxSize(MAX_TAGS) @IsString({ each: true }) @Matches(TAG_PATTERN, { each: true, message: TAG_MESSAGE })
  stages!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Regions.' })
  @IsOptional() @ArrayMaxSize(MAX_TAGS) @IsString({ each: true }) @Matches(TAG_PATTERN, { each: true, message: TAG_MESSAGE })
  regions!: string[];
}
