import type { Core } from '@strapi/strapi';
import { findingsError } from './errors';
import { queryShapeFindings, type ShapeOptions, type ShapeSchema } from '#domain/query-shape';

/** Refuses a query Strapi could not run as asked with the 400 that names each malformed parameter (src/domain/query-shape.ts). */
export function assertQueryShape(strapi: Core.Strapi, query: unknown, schema: unknown, options?: ShapeOptions): void {
  if (!query || typeof query !== 'object' || !schema) return;
  const schemaOf = (uid: string) => strapi.getModel(uid as never) as unknown as ShapeSchema | undefined;
  const findings = queryShapeFindings(query as Record<string, unknown>, schema as ShapeSchema, schemaOf, options);
  if (findings.length > 0) throw findingsError(findings, 'Malformed query');
}
