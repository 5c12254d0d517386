import { graphql } from '../gql/index.js';

/** The portfolio and credit-line operations API tests send, typed from docs/schema.graphql by codegen. */
export const PortfolioFiguresFields = graphql(`
  fragment PortfolioFiguresFields on PortfolioFigures { startups sharesHeld committedFen releasedFen drawnFen remainingFen impliedValueFen }
`);

export const PortfolioQuery = graphql(`
  query Portfolio {
    portfolio {
      asOf
      totals { ...PortfolioFiguresFields }
      holdings {
        organisationId organisationName industry kind stage stages creditLines latestCreditLineId postMoneyShares percentBasisPoints pricePerShareMicroYuan
        figures { ...PortfolioFiguresFields }
        usage { month cardSeconds cardHours invoicedFen }
      }
      byIndustry { industry figures { ...PortfolioFiguresFields } }
      byStage { stage figures { ...PortfolioFiguresFields } }
    }
  }
`);

export const CreditLineById = graphql(`
  query CreditLineById($id: ID!) {
    creditLine(id: $id) {
      id organisationId projectId status creditFen drawnFen remainingFen drawableFen totalShares sharesIssued
      tranches { trancheNo status creditFen drawnFen shares }
      draws { id invoiceId invoiceNumber amountFen drawnAt }
    }
  }
`);

export const TermSheetCreditLineId = graphql(`
  query TermSheetCreditLineId($id: ID!) { termSheet(id: $id) { id status creditLine { id } } }
`);
