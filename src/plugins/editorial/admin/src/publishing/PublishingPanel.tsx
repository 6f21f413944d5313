import { Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Finding, LabelledList } from '../../../../../admin/labelled-list';
import { ARTICLE_UID, FACT_CHECK_UID, PLUGIN_ID } from '../constants';
import { publishBlocked, usePublishCheck, type PublishCheck } from './usePublishCheck';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { updatedAt?: string | null } | null;
}

// The rules by the names editors know them; a gate not listed shows its own name.
const RULES: Record<string, { id: string; defaultMessage: string }> = {
  editorial: { id: `${PLUGIN_ID}.publishing.rule.editorial`, defaultMessage: 'Editorial' },
  'image policy': { id: `${PLUGIN_ID}.publishing.rule.imagePolicy`, defaultMessage: 'Image policy' },
  sourcing: { id: `${PLUGIN_ID}.publishing.rule.sourcing`, defaultMessage: 'Sourcing' },
  citations: { id: `${PLUGIN_ID}.publishing.rule.citations`, defaultMessage: 'Citations' },
};

// A fact check imported without its sources has a finding per number: the Citations panel lists them row by row.
const SHOWN_PER_RULE = 3;

/** The findings to show: the first few of each rule, and how many of that rule are left unshown. */
function shown(findings: PublishCheck['findings']): Array<{ finding: PublishCheck['findings'][number]; more: number }> {
  const seen = new Map<string, number>();
  const total = new Map<string, number>();
  for (const finding of findings) total.set(finding.gate, (total.get(finding.gate) ?? 0) + 1);
  return findings.flatMap((finding) => {
    const index = seen.get(finding.gate) ?? 0;
    seen.set(finding.gate, index + 1);
    if (index >= SHOWN_PER_RULE) return [];
    const last = index === SHOWN_PER_RULE - 1 || index === (total.get(finding.gate) ?? 0) - 1;
    return [{ finding, more: last ? (total.get(finding.gate) ?? 0) - index - 1 : 0 }];
  });
}

function Reasons({ check, blocked }: { check: PublishCheck; blocked: boolean }) {
  const { formatMessage } = useIntl();
  if (!check.refused)
    return (
      <Typography variant="pi" textColor="success600">
        {formatMessage({ id: `${PLUGIN_ID}.publishing.ready`, defaultMessage: 'Nothing blocks publishing.' })}
      </Typography>
    );
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Typography variant="pi" textColor="neutral700">
        {blocked
          ? formatMessage({ id: `${PLUGIN_ID}.publishing.blocked`, defaultMessage: 'Publish is off until these are fixed:' })
          : formatMessage({
              id: `${PLUGIN_ID}.publishing.unsaved`,
              defaultMessage: 'The saved draft would be refused for these; Publish saves your changes first and checks again:',
            })}
      </Typography>
      <LabelledList label={formatMessage({ id: `${PLUGIN_ID}.publishing.reasons`, defaultMessage: 'Why publishing would be refused' })}>
        {shown(check.findings).map(({ finding, more }, index) => {
          const rule = RULES[finding.gate];
          return (
            <Finding
              key={`${finding.gate}-${finding.code}-${index}`}
              more={more > 0 ? formatMessage({ id: `${PLUGIN_ID}.publishing.more`, defaultMessage: 'and {count} more of this rule' }, { count: more }) : null}
            >
              <Typography variant="pi" fontWeight="bold" textColor="danger700">
                {rule ? formatMessage(rule) : finding.gate}
              </Typography>
              {`: ${finding.message}`}
            </Finding>
          );
        })}
      </LabelledList>
    </Flex>
  );
}

function Publishing({ model, documentId, version }: { model: string; documentId: string; version: string }) {
  const { formatMessage } = useIntl();
  const modified = useForm('PublishingPanel', (state) => state.modified);
  const { check, error } = usePublishCheck(model, documentId, version);
  if (error)
    return (
      <Typography variant="pi" textColor="danger600">
        {error}
      </Typography>
    );
  if (!check)
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: `${PLUGIN_ID}.publishing.checking`, defaultMessage: 'Checking the publishing rules…' })}
      </Typography>
    );
  return <Reasons check={check} blocked={publishBlocked(check, modified)} />;
}

/**
 * Edit-view side panel on articles and fact checks: every rule that would refuse publishing the saved draft, by the same
 * gates the publish runs, so the Publish button's state always has its reason beside it.
 */
export const PublishingPanel = ({ model, documentId, document }: PanelProps) => {
  const { formatMessage } = useIntl();
  if ((model !== ARTICLE_UID && model !== FACT_CHECK_UID) || !documentId) return null;
  return {
    title: formatMessage({ id: `${PLUGIN_ID}.publishing.title`, defaultMessage: 'Publishing' }),
    content: <Publishing model={model} documentId={documentId} version={String(document?.updatedAt ?? '')} />,
  };
};
