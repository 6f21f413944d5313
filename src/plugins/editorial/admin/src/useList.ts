import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { errorText } from './errors';

interface List<T> {
  rows: T[] | null;
  error: string | null;
  reload: () => void;
}

/** A `{ data: T[] }` endpoint of the plugin, and a way to read it again after a change. */
export function useList<T>(url: string, failure: string): List<T> {
  const { get } = useFetchClient();
  const [rows, setRows] = React.useState<T[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [version, setVersion] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    get<{ data: T[] }>(url)
      .then(({ data }) => {
        if (!current) return;
        setRows(data.data);
        setError(null);
      })
      .catch((reason: unknown) => current && setError(errorText(reason, failure)));
    return () => {
      current = false;
    };
  }, [get, url, failure, version]);

  const reload = React.useCallback(() => setVersion((n) => n + 1), []);
  return { rows, error, reload };
}
