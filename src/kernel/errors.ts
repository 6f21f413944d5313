import { errors } from '@strapi/utils';
import { findingsSummary, type Finding } from '#domain/finding';

/**
 * A 400 that the admin panel pins to a field: the edit view reads `details.errors[].path` to mark the input, and a
 * free-form `details` object can crash its formatter, so every field error goes through here.
 */
export function fieldError(path: string | string[], message: string): InstanceType<typeof errors.ValidationError> {
  const segments = Array.isArray(path) ? path : [path];
  return new errors.ValidationError(message, {
    errors: [{ path: segments, message, name: 'ValidationError' }],
  });
}

/**
 * Every finding as a field error, so the admin panel marks each field; the message leads with the first, introduced by
 * `lead` (what the rule it breaks is about) when given.
 */
export function findingsError(findings: readonly Finding[], lead?: string): InstanceType<typeof errors.ValidationError> {
  return new errors.ValidationError(findingsSummary(findings, lead), {
    errors: findings.map((finding) => ({ path: finding.path.map(String), message: finding.message, name: 'ValidationError' })),
  });
}
