/**
 * Worker thread entry: runs the `suanli` policy off the API's event loop. A plan over thousands
 * of waiting requests takes a few hundred milliseconds of CPU; on the main thread that stalled
 * every HTTP request meanwhile.
 */
import { parentPort } from 'node:worker_threads';
import { schedule, type ScheduleInput } from '@suanli/allocation';

parentPort!.on('message', (message: { id: number; input: ScheduleInput }) => {
  try {
    parentPort!.postMessage({ id: message.id, plan: schedule(message.input, 'suanli') });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).message });
  }
});
