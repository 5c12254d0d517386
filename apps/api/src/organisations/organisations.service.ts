import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CENTRE_KIND } from '@suanli/domain';
import { tenantOf, type Actor } from '../common/access/actor.js';
import { paginate } from '../common/pagination/paginate.js';
import type { OrganisationsArgs } from './dto/organisations.args.js';
import { OrganisationEntity } from './entities/organisation.entity.js';

@Injectable()
export class OrganisationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Visible organisations: all for staff, only their own for a tenant-bound caller. */
  list(actor: Actor, args: OrganisationsArgs) {
    const query = this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o');
    const tenant = tenantOf(actor);
    if (tenant) query.andWhere('o.id = :tenant', { tenant });
    if (args.kind) query.andWhere('o.kind = :kind', { kind: args.kind });
    if (args.tenantsOnly) query.andWhere('o.kind <> :centre', { centre: CENTRE_KIND });
    if (args.industry) query.andWhere('o.industry = :industry', { industry: args.industry });
    return paginate(query, args);
  }

  /** Null when the organisation does not exist or is not the caller's to see: no existence leak. */
  async findVisible(actor: Actor, id: string): Promise<OrganisationEntity | null> {
    const tenant = tenantOf(actor);
    if (tenant && tenant !== id) return null;
    return this.dataSource.getRepository(OrganisationEntity).findOneBy({ id });
  }
}
