import { Box, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useLocation } from 'react-router-dom';
import { ARTICLE_UID, PLUGIN_ID } from '../constants';
import { listedType } from '../../../../../admin/list-columns';
import { useNewsroomSettings } from '../newsroom';

const ANY = '';

interface StageQuery {
  plugins?: { editorial?: { stage?: string } } & Record<string, unknown>;
  page?: number;
}

/**
 * The article list's Stage filter. The Content Manager passes `plugins[editorial][stage]` on to the server as `stage`,
 * where the editorial plugin turns it into a filter (server/src/stage-filter.ts).
 */
export function StageFilter() {
  const { pathname } = useLocation();
  const settings = useNewsroomSettings();
  const [{ query }, setQuery] = useQueryParams<StageQuery>();
  const { formatMessage } = useIntl();
  const words = {
    label: formatMessage({ id: `${PLUGIN_ID}.list.stageFilter`, defaultMessage: 'Stage' }),
    any: formatMessage({ id: `${PLUGIN_ID}.list.anyStage`, defaultMessage: 'Any stage' }),
  };
  if (listedType(pathname) !== ARTICLE_UID || !settings) return null;
  const chosen = query.plugins?.editorial?.stage ?? ANY;
  const choose = (value: string | number) => {
    const stage = String(value);
    if (stage === ANY) setQuery({ plugins: { ...query.plugins, editorial: {} }, page: 1 });
    else setQuery({ plugins: { ...query.plugins, editorial: { stage } }, page: 1 });
  };
  return (
    <Box minWidth="16rem">
      <SingleSelect aria-label={words.label} size="S" value={chosen} onChange={choose}>
        <SingleSelectOption value={ANY}>{words.any}</SingleSelectOption>
        {settings.stages.map((stage) => (
          <SingleSelectOption key={stage.id} value={stage.id}>
            {stage.label}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Box>
  );
}
