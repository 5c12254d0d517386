/**
 * Worker thread entry: plans passes off the API's event loop. Planning and comparing with the
 * shown queue over thousands of waiting requests would otherwise stall every HTTP request.
 */
import { parentPort } from 'node:worker_threads';
import { planPass, type PassPlanRequest } from './pass-plan.js';

parentPort!.on('message', (message: { id: number; input: PassPlanRequest }) => {
  try {
    parentPort!.postMessage({ id: message.id, plan: planPass(message.input) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).message });
  }
});
