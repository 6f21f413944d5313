import crypto from 'crypto';

// Bumped when the importer maps a file differently, so a re-run rewrites what an older importer wrote.
const MAPPING_VERSION = 2;

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, stable((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** A digest of what one file maps to and how it is to be stored: equal digests mean a re-run has nothing to write. */
export function fingerprint(item: unknown, mode: string): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(stable({ item, mode, version: MAPPING_VERSION })))
    .digest('hex');
}
