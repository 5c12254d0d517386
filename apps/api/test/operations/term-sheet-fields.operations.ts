import { graphql } from '../gql/index.js';

/** The names the term-sheet screens read beside a sheet (term-sheet-fields.resolver.ts). */
export const TermSheetNames = graphql(`
  query TermSheetNames($id: ID!) {
    termSheet(id: $id) {
      id projectName organisationName
      proposers { versionNo name }
      acceptances { side userName }
    }
  }
`);
