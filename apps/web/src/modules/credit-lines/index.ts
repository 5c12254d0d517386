/** What other modules use: the embeddable line view, the fragment that feeds it, and the lines table. */
export { CreditLineView, type CreditLineViewProps } from './CreditLineView';
export { CreditLinesTable } from './CreditLinesTable';
export { CreditLineFields, CreditLineRowFields, CreditLinesQuery } from './credit-lines.operations';
export { creditLinePaths, type CreditLineArea } from './area-paths';
