import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'Credentials of a person.' })
export class SignInInput {
  @Field({ description: 'The account’s email address.' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field({ description: 'The account’s password.' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}
