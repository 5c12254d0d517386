import { graphql } from '../../gql/index.js';

/** The browser tests' checks of what the term-sheet screens did. */
export const ProjectTermSheets = graphql(`
  query E2eProjectTermSheets($projectId: ID) {
    termSheets(projectId: $projectId) {
      id
      status
      signedVersionNo
      currentVersion { versionNo terms { creditFen } derived { centreShares } }
      acceptances { versionNo side }
    }
  }
`);
