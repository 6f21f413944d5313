import { Badge } from '@strapi/design-system';
import type { KickerState } from '../constants';

const VARIANTS = { proposed: 'warning', approved: 'success', retired: 'neutral' } as const;

export function StateBadge({ state }: { state: KickerState }) {
  return <Badge variant={VARIANTS[state]}>{state}</Badge>;
}
