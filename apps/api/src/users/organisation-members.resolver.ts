import { Inject, Injectable } from '@nestjs/common';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConnectionArgs } from '../common/pagination/connection-args.js';
import { paginate } from '../common/pagination/paginate.js';
import { Organisation } from '../organisations/index.js';
import { UserEntity } from './entities/user.entity.js';
import { UserConnection } from './models/user-connection.model.js';

@Injectable()
export class OrganisationMembersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  members(organisationId: string, args: ConnectionArgs) {
    const query = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.organisation_id = :organisationId', { organisationId });
    return paginate(query, args);
  }
}

/** Organisation.members: users add the field to the type organisations own. */
@Resolver(() => Organisation)
export class OrganisationMembersResolver {
  constructor(@Inject(OrganisationMembersService) private readonly service: OrganisationMembersService) {}

  /** Null unless the caller may list this organisation's people (users.field-rules.ts). */
  @ResolveField(() => UserConnection, {
    nullable: true,
    description: 'Its people, oldest first; null unless the caller may list them (staff with USER_READ, or a member of it).',
  })
  members(@Parent() organisation: Organisation, @Args() args: ConnectionArgs) {
    return this.service.members(organisation.id, args);
  }
}
