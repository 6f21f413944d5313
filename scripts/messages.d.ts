/** scripts/messages.js: each admin panel's English messages, read from its sources. */
export interface MessageTarget {
  prefix: string;
  dir: string;
}
export const TARGETS: readonly MessageTarget[];
export function extractMessages(dir: string, prefix: string): Record<string, string>;
export function englishFile(dir: string): string;
