import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Stage } from '../../server/src/domain/stages';
import { newsroomDate, newsroomMoment } from '../../../../domain/newsroom-time';

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

export interface NewsroomDates {
  /** "9 February 2026" */
  day(value: string | null | undefined): string;
  /** "9 February 2026, 14:30" */
  moment(value: string | null | undefined): string;
}

/**
 * Dates as the newsroom writes them, on its calendar and clock (SITE_TIME_ZONE), whatever the editor's computer is set
 * to; on the computer's own zone for the moment the settings are still being read. An absent date is "—".
 */
export function useNewsroomDates(): NewsroomDates {
  const timeZone = useNewsroomSettings()?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return React.useMemo(
    () => ({
      day: (value) => newsroomDate(value, timeZone) ?? '—',
      moment: (value) => newsroomMoment(value, timeZone) ?? '—',
    }),
    [timeZone],
  );
}
