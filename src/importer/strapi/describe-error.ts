interface DetailedError {
  message?: string;
  details?: { errors?: Array<{ path?: Array<string | number>; message?: string }> };
}

/** An error as lines for the summary: each field error with its path, as the admin panel would mark it. */
export function describeErrors(error: unknown): string[] {
  const { message, details } = (error ?? {}) as DetailedError;
  const fieldErrors = details?.errors ?? [];
  if (fieldErrors.length === 0) return [message ?? String(error)];
  return fieldErrors.map((entry) => `${(entry.path ?? []).join('.') || 'document'}: ${entry.message ?? message}`);
}

/** The same on one line, for a failed file's reason. */
export const describeError = (error: unknown): string => describeErrors(error).join('; ');
