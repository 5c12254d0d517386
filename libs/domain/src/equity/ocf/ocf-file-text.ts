import { strToU8 } from 'fflate';
import { md5Hex } from './md5.js';

/**
 * The exact text of an OCF file: JSON with two-space indentation and a final newline. The
 * manifest's MD5s and zipOcf both use it, so the checksums match the bytes in the zip.
 */
export function ocfFileText(json: unknown): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The file's bytes: its text in UTF-8. */
export function ocfFileBytes(json: unknown): Uint8Array {
  return strToU8(ocfFileText(json));
}

export function ocfFileMd5(json: unknown): string {
  return md5Hex(ocfFileBytes(json));
}
