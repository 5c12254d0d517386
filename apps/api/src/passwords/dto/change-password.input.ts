import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'The current password and the new one.' })
export class ChangePasswordInput {
  @Field({ description: 'The password in use now.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  currentPassword!: string;

  @Field({ description: 'At least 10 characters and hard to guess (zxcvbn score ≥ 3).' })
  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}
