import type { PolicyName } from '../model/types.js';
import { easyPass } from './easy/easy-pass.js';
import { fifoPass } from './fifo/fifo-pass.js';
import type { PolicyPass } from './pass.js';
import { suanliPass } from './suanli/suanli-pass.js';

export const POLICIES: Readonly<Record<PolicyName, PolicyPass>> = Object.freeze({
  suanli: suanliPass,
  fifo: fifoPass,
  easy: easyPass,
});

export function isPolicyName(name: string): name is PolicyName {
  return Object.prototype.hasOwnProperty.call(POLICIES, name);
}
