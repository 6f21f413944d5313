import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { errorText } from './errors';

/** Resolves to null when the change went through, or to the server's reason it did not. */
export type Run = (request: () => Promise<string>, failure: string) => Promise<string | null>;

/** Sends one change, tells the editor how it went, and reloads the list either way (someone else may have changed it). */
export function useRun(reload: () => void): Run {
  const { toggleNotification } = useNotification();
  return React.useCallback(
    async (request, failure) => {
      try {
        toggleNotification({ type: 'success', message: await request() });
        return null;
      } catch (reason) {
        const message = errorText(reason, failure);
        toggleNotification({ type: 'danger', message });
        return message;
      } finally {
        reload();
      }
    },
    [toggleNotification, reload],
  );
}
