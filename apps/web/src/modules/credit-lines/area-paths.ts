/** Where the console (staff) and the portal (founders) keep credit lines and invoices. */
export type CreditLineArea = 'console' | 'portal';

export const creditLinePaths = {
  console: { list: '/equity/credit-lines', line: (id: string) => `/equity/credit-lines/${id}`, invoice: (id: string) => `/billing/invoices/${id}`, termSheet: (id: string) => `/equity/term-sheets/${id}` },
  portal: { list: '/portal/credit-lines', line: (id: string) => `/portal/credit-lines/${id}`, invoice: (id: string) => `/portal/bills/${id}`, termSheet: (id: string) => `/portal/term-sheets/${id}` },
} as const;
