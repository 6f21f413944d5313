import * as React from 'react';
import { Box, Button, Flex, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient, useForm, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
// The rules are pure TypeScript with no server dependency, so the panel judges what the editor is typing with the
// very functions the server enforces on publish.
import { applyFix, fixesFor, type FixName } from '../../../server/src/domain/fixes';
import type { LeadImage } from '../../../server/src/domain/lead-image';
import { checkLeadImage, imageDisclosure } from '../../../server/src/domain/policy';
import type { PolicySettings } from '../../../server/src/domain/settings';
import type { ImageOrigin } from '../../../server/src/domain/origins';
import type { PolicyReport } from '../../../server/src/domain/report';
import { Finding, LabelledList } from '../../../../../admin/labelled-list';
import { OVERRIDE_PERMISSION, PLUGIN_ID } from '../constants';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { updatedAt?: string | null } | null;
}

const errorText = (reason: unknown, fallback: string): string => {
  const response = (reason as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? (reason instanceof Error ? reason.message : fallback);
};

function Override({ documentId, report, onRecorded }: { documentId: string; report: PolicyReport; onRecorded: () => void }) {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { allowedActions } = useRBAC({ override: [{ action: OVERRIDE_PERMISSION, subject: null }] });
  const [reason, setReason] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);
  const { override } = report;
  const name = override?.userName ?? formatMessage({ id: `${PLUGIN_ID}.override.anEditor`, defaultMessage: 'an editor' });
  const when = override ? new Date(override.createdAt).toLocaleString() : '';
  const question = formatMessage({ id: `${PLUGIN_ID}.override.question`, defaultMessage: 'Why may this image be published as it is?' });

  const record = async () => {
    try {
      await post(`/image-policy/articles/${documentId}/override`, { reason });
      setReason('');
      setError(null);
      onRecorded();
    } catch (reasonForFailure) {
      setError(errorText(reasonForFailure, formatMessage({ id: `${PLUGIN_ID}.override.failed`, defaultMessage: 'The override could not be recorded.' })));
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {override ? (
        <Box background={override.applies ? 'warning100' : 'neutral100'} padding={2} hasRadius>
          <Typography variant="pi" textColor="neutral800">
            {override.applies
              ? formatMessage(
                  { id: `${PLUGIN_ID}.override.recorded`, defaultMessage: 'Override by {name} on {when}: “{reason}”' },
                  { name, when, reason: override.reason },
                )
              : formatMessage(
                  {
                    id: `${PLUGIN_ID}.override.lapsed`,
                    defaultMessage: 'Override by {name} on {when}: “{reason}” (no longer applies: the image or its findings changed since)',
                  },
                  { name, when, reason: override.reason },
                )}
          </Typography>
        </Box>
      ) : null}
      {allowedActions.canOverride && report.findings.length > 0 && !override?.applies ? (
        <>
          <Textarea
            name="image-policy-override-reason"
            aria-label={question}
            placeholder={question}
            value={reason}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)}
          />
          <Button variant="danger-light" size="S" onClick={record} disabled={reason.trim() === ''}>
            {formatMessage({ id: `${PLUGIN_ID}.override.record`, defaultMessage: 'Record override' })}
          </Button>
          {error ? (
            <Typography variant="pi" textColor="danger600">
              {error}
            </Typography>
          ) : null}
        </>
      ) : null}
    </Flex>
  );
}

function ImagePolicy({ documentId, version }: { documentId: string; version: string }) {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const image = useForm('ImagePolicyPanel', (state) => (state.values as { leadImage?: LeadImage | null }).leadImage);
  const onChange = useForm('ImagePolicyPanel', (state) => state.onChange);
  const [settings, setSettings] = React.useState<PolicySettings | null>(null);
  const [report, setReport] = React.useState<PolicyReport | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [reload, setReload] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    Promise.all([get<{ data: PolicySettings }>('/image-policy/settings'), get<{ data: PolicyReport }>(`/image-policy/articles/${documentId}/report`)])
      .then(([settingsResponse, reportResponse]) => {
        if (!current) return;
        setSettings(settingsResponse.data.data);
        setReport(reportResponse.data.data);
        setError(null);
      })
      .catch(
        (reason: unknown) =>
          current &&
          setError(errorText(reason, formatMessage({ id: `${PLUGIN_ID}.panel.loadFailed`, defaultMessage: 'The image policy could not be loaded.' }))),
      );
    return () => {
      current = false;
    };
  }, [get, documentId, version, reload, formatMessage]);

  if (error)
    return (
      <Typography variant="pi" textColor="danger600">
        {error}
      </Typography>
    );
  if (!settings || !report)
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: `${PLUGIN_ID}.panel.checking`, defaultMessage: 'Checking the lead image…' })}
      </Typography>
    );

  const findings = checkLeadImage(image, settings);
  const disclosure = imageDisclosure(image);
  const originLabels: Record<ImageOrigin, string> = {
    photograph: formatMessage({ id: `${PLUGIN_ID}.origin.photograph`, defaultMessage: 'photograph' }),
    'ai-generated': formatMessage({ id: `${PLUGIN_ID}.origin.aiGenerated`, defaultMessage: 'AI-generated' }),
    'ai-placeholder': formatMessage({ id: `${PLUGIN_ID}.origin.aiPlaceholder`, defaultMessage: 'AI placeholder (pixel art)' }),
    illustration: formatMessage({ id: `${PLUGIN_ID}.origin.illustration`, defaultMessage: 'illustration' }),
    none: formatMessage({ id: `${PLUGIN_ID}.origin.none`, defaultMessage: 'no image' }),
  };
  const fixLabels: Record<FixName, string> = {
    'placeholder-caption': formatMessage({ id: `${PLUGIN_ID}.fix.placeholderCaption`, defaultMessage: 'Use the standard placeholder caption' }),
    'disclosure-line': formatMessage({ id: `${PLUGIN_ID}.fix.disclosureLine`, defaultMessage: 'Add a disclosure line to the caption' }),
  };
  const fix = (name: FixName) => onChange('leadImage', applyFix(image ?? {}, name, settings));

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="pi" textColor="neutral800">
        {formatMessage(
          { id: `${PLUGIN_ID}.panel.origin`, defaultMessage: 'Origin: {origin}' },
          {
            origin: disclosure.origin
              ? originLabels[disclosure.origin]
              : formatMessage({ id: `${PLUGIN_ID}.origin.unstated`, defaultMessage: 'not stated (inferred from the file or credit on save)' }),
          },
        )}
      </Typography>
      {findings.length === 0 ? (
        <Typography variant="pi" textColor="success600">
          {formatMessage({ id: `${PLUGIN_ID}.panel.follows`, defaultMessage: 'The lead image follows the policy.' })}
        </Typography>
      ) : (
        <LabelledList label={formatMessage({ id: `${PLUGIN_ID}.panel.findings`, defaultMessage: 'Image policy findings' })}>
          {findings.map((finding) => (
            <Finding key={finding.code}>{finding.message}</Finding>
          ))}
        </LabelledList>
      )}
      {fixesFor(findings).map((name) => (
        <Button key={name} variant="secondary" size="S" onClick={() => fix(name)}>
          {fixLabels[name]}
        </Button>
      ))}
      <Override documentId={documentId} report={report} onRecorded={() => setReload((n) => n + 1)} />
    </Flex>
  );
}

/** Edit-view side panel on articles: the lead image's origin, what breaks the policy, one-click fixes and overrides. */
export const ImagePolicyPanel = ({ model, documentId, document }: PanelProps) => {
  const { formatMessage } = useIntl();
  if (model !== 'api::article.article' || !documentId) return null;
  return {
    title: formatMessage({ id: `${PLUGIN_ID}.panel.title`, defaultMessage: 'Image policy' }),
    content: <ImagePolicy documentId={documentId} version={String(document?.updatedAt ?? '')} />,
  };
};
