import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PAYERS } from '@suanli/domain';
import { UserError } from '../../common/graphql/user-error.model.js';

@ObjectType({ description: 'How invoices are issued: payment terms and the order in which payers cover a line.' })
export class BillingSettings {
  @Field(() => Int, { description: 'Days from issue to due date (1–365).' })
  paymentTermsDays!: number;

  @Field(() => [String], { description: 'Who pays a line, in order: FREE (adaptation) first, CASH last, VOUCHER and EQUITY (credit lines) between, in the order set.' })
  payerOrder!: string[];
}

@InputType({ description: 'A change to the billing settings; fields left out stay as they are. Invoices already issued keep their split.' })
export class UpdateBillingSettingsInput {
  @Field(() => Int, { nullable: true, description: 'Days from issue to due date (1–365).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  paymentTermsDays?: number | null;

  @Field(() => [String], { nullable: true, description: 'FREE, then VOUCHER and EQUITY in the order wanted, then CASH.' })
  @IsOptional()
  @ArrayMaxSize(PAYERS.length)
  @IsIn(PAYERS, { each: true })
  payerOrder?: string[] | null;
}

@ObjectType({ description: 'Result of updateBillingSettings.' })
export class BillingSettingsPayload {
  @Field(() => BillingSettings, { nullable: true, description: 'The settings after the change; null when userErrors say why nothing changed.' })
  settings?: BillingSettings | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}
