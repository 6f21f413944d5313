import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

interface SettingsFormOptions<Settings, Draft> {
  /** The plugin's admin settings route: GET reads the settings, PUT saves a patch and answers them as saved. */
  url: string;
  toDraft(settings: Settings): Draft;
  fromDraft(draft: Draft): Record<string, unknown>;
  /** Which form field a refused setting's path marks. */
  fieldOf(path: string[]): string;
  messages: { saved: string; refused: string };
}

type FieldError = { path: string[]; message: string };

/**
 * A plugin Settings page's state: the settings read into an editable draft, saved back, and the server's refusal
 * pinned to the fields it names (image-policy and house-style share it).
 */
export function useSettingsForm<Settings, Draft>({ url, toDraft, fromDraft, fieldOf, messages }: SettingsFormOptions<Settings, Draft>) {
  const { formatMessage } = useIntl();
  const loadFailed = formatMessage({ id: 'provenance.settings.loadFailed', defaultMessage: 'The settings could not be loaded.' });
  const { get, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [draft, setDraft] = React.useState<Draft | null>(null);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [loadError, setLoadError] = React.useState<string | null>(null);

  React.useEffect(() => {
    get<{ data: Settings }>(url)
      .then(({ data }) => setDraft(toDraft(data.data)))
      .catch((reason: unknown) => setLoadError(reason instanceof Error ? reason.message : loadFailed));
  }, [get, url, toDraft, loadFailed]);

  const save = async (current: Draft) => {
    try {
      const { data } = await put<{ data: Settings }>(url, fromDraft(current));
      setDraft(toDraft(data.data));
      setErrors({});
      toggleNotification({ type: 'success', message: messages.saved });
    } catch (reason) {
      const details = (reason as { response?: { data?: { error?: { details?: { errors?: FieldError[] } } } } }).response?.data?.error?.details?.errors ?? [];
      setErrors(Object.fromEntries(details.map((error) => [fieldOf(error.path), error.message])));
      toggleNotification({ type: 'danger', message: messages.refused });
    }
  };

  return { draft, setDraft, errors, loadError, save };
}
