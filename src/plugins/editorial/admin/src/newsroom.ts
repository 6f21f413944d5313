import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Stage } from '../../server/src/domain/stages';

export interface NewsroomSettings {
  stages: Stage[];
  /** The newsroom's time zone (SITE_TIME_ZONE): dates are shown on its calendar. */
  timeZone: string;
}

// One read per page load: the settings change only with a restart, and every list cell needs them.
let settings: Promise<NewsroomSettings | null> | null = null;

/** The stages and time zone the server is configured with; null until read (or if it could not be). */
export function useNewsroomSettings(): NewsroomSettings | null {
  const { get } = useFetchClient();
  const [value, setValue] = React.useState<NewsroomSettings | null>(null);
  React.useEffect(() => {
    if (!settings) {
      settings = get<{ data: NewsroomSettings }>('/editorial/config').then(
        ({ data }) => data.data,
        () => {
          settings = null;
          return null;
        },
      );
    }
    let current = true;
    void settings.then((read) => current && setValue(read));
    return () => {
      current = false;
    };
  }, [get]);
  return value;
}

/** The type a Content Manager page shows, from its address (`/collection-types/api::article.article`). */
export function listedType(pathname: string): string | null {
  const model = /\/collection-types\/([^/?]+)/.exec(pathname)?.[1];
  return model ? decodeURIComponent(model) : null;
}
