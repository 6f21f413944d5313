import * as React from 'react';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
// The rules are pure TypeScript with no server dependency, so the panel checks what the editor is typing with the very
// functions the API answers with, without a request per keystroke.
import { checkStyle } from '../../../server/src/domain/check';
import type { StyleSettings } from '../../../server/src/domain/settings';
import type { Advisory, Field } from '../../../server/src/domain/types';
import { CHECK_DELAY_MS, PLUGIN_ID } from '../constants';

export type Texts = Record<Field, string>;

/** Advisories with the texts they were found in. */
export interface Checked {
  advisories: Advisory[];
  texts: Texts;
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The form's body, headline and standfirst as the editor has them now. */
export function useTexts(): Texts {
  const markdown = useForm('HouseStylePanel', (state) => asText((state.values as Record<string, unknown>).body));
  const title = useForm('HouseStylePanel', (state) => asText((state.values as Record<string, unknown>).title));
  const deck = useForm('HouseStylePanel', (state) => asText((state.values as Record<string, unknown>).deck));
  return React.useMemo(() => ({ body: markdown, title, deck }), [markdown, title, deck]);
}

/** The newsroom's settings, read once per panel. */
export function useSettings(): { settings: StyleSettings | null; error: string | null } {
  const { formatMessage } = useIntl();
  const failed = formatMessage({ id: `${PLUGIN_ID}.panel.settingsFailed`, defaultMessage: 'The house-style settings could not be loaded.' });
  const { get } = useFetchClient();
  const [settings, setSettings] = React.useState<StyleSettings | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    let current = true;
    get<{ data: StyleSettings }>('/house-style/settings')
      .then(({ data }) => current && setSettings(data.data))
      .catch((reason: unknown) => current && setError(reason instanceof Error ? reason.message : failed));
    return () => {
      current = false;
    };
  }, [get, failed]);
  return { settings, error };
}

/** The advisories for the texts, checked again once the editor pauses for CHECK_DELAY_MS. */
export function useAdvisories(texts: Texts, settings: StyleSettings | null): Checked | null {
  const [checked, setChecked] = React.useState<Checked | null>(null);
  React.useEffect(() => {
    if (!settings) return undefined;
    const timer = window.setTimeout(
      () => setChecked({ advisories: checkStyle({ markdown: texts.body, title: texts.title, deck: texts.deck }, settings), texts }),
      CHECK_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [texts, settings]);
  return checked;
}
