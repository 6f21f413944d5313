import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { SourceChoice } from '../../../server/src/domain/source-choice';

export type { SourceChoice };

export interface SourceSearch {
  sources: SourceChoice[];
  /** The address a pasted URL becomes (normalized as saves do), or null when the input is words. */
  normalizedUrl: string | null;
  /** Why a pasted URL cannot be a source, in the server's words. */
  urlProblem: string | null;
  loading: boolean;
}

const EMPTY: SourceSearch = { sources: [], normalizedUrl: null, urlProblem: null, loading: false };
const WAIT_MS = 200;

/** Sources matching what the editor types: words search titles and hosts, an http(s)-looking input is looked up as an address. */
export function useSourceSearch(input: string, limit = 8): SourceSearch {
  const { get } = useFetchClient();
  const text = input.trim();
  // The answer is kept with the text it answers, so a stale answer is never shown for newer text.
  const [answer, setAnswer] = React.useState<{ text: string; search: SourceSearch }>({ text: '', search: EMPTY });
  React.useEffect(() => {
    if (!text) return undefined;
    let current = true;
    const params = new URLSearchParams({ limit: String(limit) });
    params.set(/^[a-z][a-z0-9+.-]*:/i.test(text) ? 'url' : 'q', text);
    const timer = setTimeout(() => {
      get<{ data: SourceChoice[]; meta: { normalizedUrl: string | null; urlProblem: string | null } }>(`/sourcing/sources?${params}`).then(
        ({ data }) => {
          if (current)
            setAnswer({ text, search: { sources: data.data, normalizedUrl: data.meta.normalizedUrl, urlProblem: data.meta.urlProblem, loading: false } });
        },
        () => {
          if (current) setAnswer({ text, search: { ...EMPTY, urlProblem: 'Sources could not be searched just now; try again.' } });
        },
      );
    }, WAIT_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [get, text, limit]);
  if (!text) return EMPTY;
  return answer.text === text ? answer.search : { ...answer.search, loading: true };
}
