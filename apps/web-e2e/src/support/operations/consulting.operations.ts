import { graphql } from '../../gql/index.js';

/** Set-up and checks of the consulting browser test, typed from docs/schema.graphql by codegen. */
export const E2eVoucherProgrammes = graphql(`query E2eVoucherProgrammes { voucherProgrammes { id status } }`);

export const E2eTicket = graphql(`
  query E2eTicket($id: ID!) { ticket(id: $id) { id status linkedKind linkedId satisfaction messages { visibility body } } }
`);
