/** The billing feature's public surface: other features import it from here only. */
export { billingFeature } from './billing.feature.js';
export { billingServicesOn, seedDemoBilling } from './seed/billing-demo.seed.js';
