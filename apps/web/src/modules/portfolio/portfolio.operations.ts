import { graphql } from '../../gql';

export const PortfolioFigureFields = graphql(`
  fragment PortfolioFigureFields on PortfolioFigures {
    startups
    sharesHeld
    committedFen
    releasedFen
    drawnFen
    remainingFen
    impliedValueFen
  }
`);

export const PortfolioPageQuery = graphql(`
  query PortfolioPage {
    portfolio {
      asOf
      totals {
        ...PortfolioFigureFields
      }
      holdings {
        organisationId
        organisationName
        industry
        kind
        stage
        stages
        creditLines
        latestCreditLineId
        postMoneyShares
        percentBasisPoints
        pricePerShareMicroYuan
        figures {
          ...PortfolioFigureFields
        }
        usage {
          month
          cardSeconds
          cardHours
          invoicedFen
        }
      }
      byIndustry {
        industry
        figures {
          ...PortfolioFigureFields
        }
      }
      byStage {
        stage
        figures {
          ...PortfolioFigureFields
        }
      }
    }
  }
`);
