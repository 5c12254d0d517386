import type { DataSource } from 'typeorm';
import { OrganisationEntity } from '../organisations/index.js';
import { UserEntity } from '../users/index.js';

export interface NewAdministrator {
  email: string;
  displayName: string;
  passwordHash: string;
  /** Used only when the database has no centre organisation yet. */
  centreName: string;
}

/** Staff belong to the centre's own organisation; a fresh deployment gets one with its first admin. */
export async function createAdministrator(dataSource: DataSource, admin: NewAdministrator): Promise<'CREATED' | 'EMAIL_TAKEN'> {
  return dataSource.transaction(async (manager) => {
    if (await manager.existsBy(UserEntity, { email: admin.email })) return 'EMAIL_TAKEN';
    let centre = await manager.findOneBy(OrganisationEntity, { kind: 'CENTRE' });
    centre ??= await manager.save(
      manager.create(OrganisationEntity, { name: admin.centreName, kind: 'CENTRE', industry: 'AI_SERVICES', sensitivityTier: 'STANDARD' }),
    );
    await manager.save(
      manager.create(UserEntity, {
        email: admin.email,
        displayName: admin.displayName,
        role: 'ADMIN',
        organisationId: centre.id,
        passwordHash: admin.passwordHash,
      }),
    );
    return 'CREATED';
  });
}
