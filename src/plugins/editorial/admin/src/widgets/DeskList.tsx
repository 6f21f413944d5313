import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { PLUGIN_ID } from '../constants';
import { errorText } from '../errors';

/** One row of a dashboard widget: an entry, its edit view, and what an editor needs to know at a glance. */
export interface DeskRow {
  key: string;
  to: string;
  title: string;
  detail: string;
}

type Loaded<T> = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; data: T };

/** Reads one of the plugin's admin routes for a widget, once per visit of the home page. */
export function useDeskData<T>(url: string): Loaded<T> {
  const { get } = useFetchClient();
  const { formatMessage } = useIntl();
  const failure = formatMessage({ id: `${PLUGIN_ID}.widget.failed`, defaultMessage: 'This list could not be loaded.' });
  const [loaded, setLoaded] = React.useState<Loaded<T>>({ state: 'loading' });
  React.useEffect(() => {
    let current = true;
    get<{ data: T }>(url).then(
      ({ data }) => current && setLoaded({ state: 'ready', data: data.data }),
      (reason: unknown) => current && setLoaded({ state: 'failed', message: errorText(reason, failure) }),
    );
    return () => {
      current = false;
    };
  }, [get, url, failure]);
  return loaded;
}

export const editLink = (contentType: string, documentId: string): string => `/content-manager/collection-types/${contentType}/${documentId}`;

/** A widget's body: its rows as links to their entries, or why there are none. */
export function DeskList<T>({ label, loaded, rows, empty }: { label: string; loaded: Loaded<T>; rows: (data: T) => DeskRow[]; empty: string }) {
  if (loaded.state === 'loading') return <Widget.Loading />;
  if (loaded.state === 'failed') return <Widget.Error>{loaded.message}</Widget.Error>;
  const shown = rows(loaded.data);
  if (shown.length === 0) return <Widget.NoData>{empty}</Widget.NoData>;
  return (
    <Box tag="ul" aria-label={label} width="100%">
      {shown.map((row) => (
        <Box tag="li" key={row.key} paddingTop={2} paddingBottom={2}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Link to={row.to}>
              <Typography fontWeight="bold" textColor="primary600">
                {row.title}
              </Typography>
            </Link>
            <Typography variant="pi" textColor="neutral600">
              {row.detail}
            </Typography>
          </Flex>
        </Box>
      ))}
    </Box>
  );
}
