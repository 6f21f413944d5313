import type { Core } from '@strapi/strapi';

interface TimedContext {
  append?(field: string, value: string): void;
}

/**
 * Adds a `Server-Timing` entry to the answer of the request being served, if any (browser developer tools and the save
 * bench read it): what part of a save a stage of the pipeline took. Outside a request (the importer) it does nothing.
 */
export function serverTiming(strapi: Core.Strapi, name: string, milliseconds: number): void {
  const ctx = strapi.requestContext.get() as TimedContext | undefined;
  ctx?.append?.('Server-Timing', `${name};dur=${milliseconds.toFixed(2)}`);
}
