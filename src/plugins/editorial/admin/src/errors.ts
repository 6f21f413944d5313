interface ErrorBody {
  message?: string;
  details?: { errors?: Array<{ message?: string }> };
}

/** The server's message and its field messages, or the fallback when the request failed before the server answered. */
export function errorText(reason: unknown, fallback: string): string {
  const error = (reason as { response?: { data?: { error?: ErrorBody } } }).response?.data?.error;
  if (!error) return reason instanceof Error && reason.message ? reason.message : fallback;
  const fields = (error.details?.errors ?? []).map((field) => field.message).filter((text): text is string => Boolean(text));
  const parts = [error.message, ...fields].filter((text, index, all): text is string => Boolean(text) && all.indexOf(text) === index);
  return parts.length > 0 ? parts.join(' ') : fallback;
}
