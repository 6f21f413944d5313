import { parseArgs } from 'util';
import type { DatabaseClient } from './scratch-database';

/**
 * A benchmark's command line: whole-number options given with their defaults, and `--database sqlite|postgres`. A bad
 * value ends the command with what was wrong and the usage.
 */
export function readBenchOptions<Name extends string>(
  wholes: Record<Name, number>,
  database: DatabaseClient,
  usage: string,
): Record<Name, number> & { database: DatabaseClient } {
  const names = Object.keys(wholes) as Name[];
  const options: Record<string, { type: 'string'; default: string }> = { database: { type: 'string', default: database } };
  for (const name of names) options[name] = { type: 'string', default: String(wholes[name]) };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ options }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`, { cause: error });
  }
  if (values.database !== 'sqlite' && values.database !== 'postgres') throw new Error(`--database is sqlite or postgres.\n\n${usage}`);
  const read = { database: values.database } as Record<Name, number> & { database: DatabaseClient };
  for (const name of names) {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number.\n\n${usage}`);
    (read as Record<Name, number>)[name] = value;
  }
  return read;
}
