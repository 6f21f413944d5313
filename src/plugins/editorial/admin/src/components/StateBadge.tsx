import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { PLUGIN_ID, type KickerState } from '../constants';

const VARIANTS = { proposed: 'warning', approved: 'success', retired: 'neutral' } as const;

export function StateBadge({ state }: { state: KickerState }) {
  const { formatMessage } = useIntl();
  const labels: Record<KickerState, string> = {
    proposed: formatMessage({ id: `${PLUGIN_ID}.kickers.state.proposed`, defaultMessage: 'proposed' }),
    approved: formatMessage({ id: `${PLUGIN_ID}.kickers.state.approved`, defaultMessage: 'approved' }),
    retired: formatMessage({ id: `${PLUGIN_ID}.kickers.state.retired`, defaultMessage: 'retired' }),
  };
  return <Badge variant={VARIANTS[state]}>{labels[state]}</Badge>;
}
