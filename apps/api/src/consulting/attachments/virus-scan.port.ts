/** Asked about every attachment before it is stored; a real scanner (ClamAV over its socket) plugs in here. */
export interface VirusScanner {
  /** Null when clean, or why the file is refused. */
  scan(bytes: Buffer, fileName: string): Promise<string | null>;
}

export const VIRUS_SCANNER = Symbol('VirusScanner');

/** The default: no scanner configured, every file passes. */
export const noVirusScan: VirusScanner = { scan: async () => null };
