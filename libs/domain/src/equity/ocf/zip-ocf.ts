import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { ocfFileBytes } from './ocf-file-text.js';
import { OCF_FILES } from './ocf-types.js';
import type { OcfPackage } from './ocf-types.js';

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Zip entries carry a DOS time with no zone, which fflate fills from the local fields of a Date.
 * A Date whose local fields are the Shanghai wall time of generated_at makes the entries read as
 * Beijing time, and the zip the same bytes on any machine.
 */
function shanghaiWallAsLocal(instant: Date): Date {
  const wall = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return new Date(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds());
}

/** The OCF package as a zip of its files (the manifest first), each the exact text its MD5 was taken of. */
export function zipOcf(pkg: OcfPackage): Uint8Array {
  const mtime = shanghaiWallAsLocal(new Date(pkg[OCF_FILES.manifest].generated_at));
  const entries: Zippable = {};
  for (const [name, json] of Object.entries(pkg)) entries[name] = [ocfFileBytes(json), { mtime }];
  return zipSync(entries);
}
