import { errors } from '@strapi/utils';
import { MESSAGES } from './constants';
import type { Finding } from './domain/findings';

/** Every finding as a field error, so the admin panel marks each field; the message leads with the first. */
export function findingsError(findings: readonly Finding[]): InstanceType<typeof errors.ValidationError> {
  return new errors.ValidationError(MESSAGES.notPublishable(findings.length, findings[0].message), {
    errors: findings.map((finding) => ({ path: finding.path.map(String), message: finding.message, name: 'ValidationError' })),
  });
}
