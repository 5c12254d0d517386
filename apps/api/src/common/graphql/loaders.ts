import type { DataSource } from 'typeorm';
import type { SharedCaches } from './shared-caches.js';
import { allocationSummaryByProjectLoader } from '../../allocations/loaders/allocation-summary-by-project.loader.js';
import { organisationByIdLoader } from '../../organisations/loaders/organisation-by-id.loader.js';
import { projectByIdLoader } from '../../projects/loaders/project-by-id.loader.js';
import { adaptationByProjectLoader } from '../../projects/loaders/adaptation-by-project.loader.js';
import { transitionsByProjectLoader } from '../../projects/loaders/transitions-by-project.loader.js';
import { userByIdLoader } from '../../users/loaders/user-by-id.loader.js';

/** Fresh per request, so batching never leaks one caller's rows into another's cache. */
export function createLoaders(dataSource: DataSource, caches: SharedCaches) {
  return {
    organisationById: organisationByIdLoader(dataSource, caches),
    userById: userByIdLoader(dataSource),
    adaptationByProject: adaptationByProjectLoader(dataSource),
    transitionsByProject: transitionsByProjectLoader(dataSource),
    projectById: projectByIdLoader(dataSource),
    allocationSummaryByProject: allocationSummaryByProjectLoader(dataSource, caches),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
