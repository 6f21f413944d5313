import { errors } from '@strapi/utils';

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
