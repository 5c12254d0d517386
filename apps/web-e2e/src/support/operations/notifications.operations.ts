import { graphql } from '../../gql/index.js';

/** Set-up steps of the notifications browser test: a voucher application and its approval, over the API. */
export const E2eOpenProgrammes = graphql(`
  query E2eOpenProgrammes { voucherProgrammes { id status } }
`);

export const E2eApplyForVoucher = graphql(`
  mutation E2eApplyForVoucher($input: ApplyForVoucherInput!) { applyForVoucher(input: $input) { application { id } userErrors { code field message } } }
`);

export const E2eApproveVoucherApplication = graphql(`
  mutation E2eApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {
    approveVoucherApplication(input: $input) { voucher { code } userErrors { code field message } }
  }
`);
