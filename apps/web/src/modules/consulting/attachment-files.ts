import { ALLOWED_ATTACHMENT_EXTENSIONS, attachmentTypeFor, MAX_ATTACHMENT_BYTES } from '@suanli/domain';

/** The file picker's `accept`: the extensions the API takes. */
export const ATTACHMENT_ACCEPT = ALLOWED_ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(',');

export const MAX_ATTACHMENT_KIB = MAX_ATTACHMENT_BYTES / 1024;

/** Why a picked file will not be sent (checked before sending, as the API checks again), or null. */
export function attachmentProblem(file: { name: string; size: number }): 'type' | 'size' | null {
  if (!attachmentTypeFor(file.name)) return 'type';
  if (file.size === 0 || file.size > MAX_ATTACHMENT_BYTES) return 'size';
  return null;
}

/** The bytes as base64, in chunks (String.fromCharCode over 512 KiB at once overflows the call stack). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
