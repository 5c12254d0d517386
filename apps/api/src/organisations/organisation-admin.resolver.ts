import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { CreateOrganisationPayload } from './dto/create-organisation.payload.js';
import { CreateOrganisationService } from './services/create-organisation.service.js';

@Resolver()
export class OrganisationAdminResolver {
  constructor(@Inject(CreateOrganisationService) private readonly creating: CreateOrganisationService) {}

  @Allow('ORGANISATION_WRITE')
  @Mutation(() => CreateOrganisationPayload, { description: 'Register a new organisation (managers); invite its founders next.' })
  createOrganisation(@CurrentActor() actor: Actor, @Args('input', { description: 'Name, kind, industry and sensitivity.' }) input: CreateOrganisationInput, @Context() ctx: RequestContext) {
    return payloadOf(() => this.creating.create(actor, input, ctx.request?.ip ?? null));
  }
}
