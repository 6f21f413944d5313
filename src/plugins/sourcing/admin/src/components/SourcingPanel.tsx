import * as React from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { OtherRules } from '../../../server/src/domain/other-rules';
import { Finding, LabelledList } from '../../../../../admin/labelled-list';
import { PLUGIN_ID } from '../constants';

/** The part of the Content Manager's edit-view context the panel reads. */
interface PanelProps {
  model: string;
  documentId?: string;
  document?: { updatedAt?: string | null } | null;
}

interface Finding {
  code: string;
  message: string;
}

interface SourceSummary {
  url: string;
  title?: string | null;
  isInternal?: boolean;
}

interface Report {
  findings: Finding[];
  otherRules: OtherRules;
  highlights?: Array<{ documentId: string; exact: string; colour: string; anchorState: string; linkUrl: string | null; source: SourceSummary | null }>;
}

const REPORT_PATHS: Record<string, string> = {
  'api::article.article': 'articles',
  'api::fact-check.fact-check': 'fact-checks',
};

const COLOURS: Record<string, { background: string; text: string }> = {
  yellow: { background: 'warning100', text: 'warning700' },
  green: { background: 'success100', text: 'success700' },
  rose: { background: 'danger100', text: 'danger700' },
  default: { background: 'primary100', text: 'primary700' },
};

const hostOf = (url: string): string => (URL.canParse(url) ? new URL(url).host : url);

function useSourceLine(): (highlight: { source: SourceSummary | null; linkUrl: string | null }) => string {
  const { formatMessage } = useIntl();
  return ({ source, linkUrl }) => {
    if (source) {
      return source.isInternal
        ? formatMessage({ id: `${PLUGIN_ID}.panel.internalSource`, defaultMessage: '{host} (our article)' }, { host: hostOf(source.url) })
        : hostOf(source.url);
    }
    return linkUrl
      ? formatMessage({ id: `${PLUGIN_ID}.panel.notWeb`, defaultMessage: 'Not a web page: {link}' }, { link: linkUrl })
      : formatMessage({ id: `${PLUGIN_ID}.panel.emphasisOnly`, defaultMessage: 'No source: emphasis only' });
  };
}

/**
 * What blocks publishing on the sourcing side: the plugin's own findings and other rules about sources (a section that
 * needs cited sources). "Nothing blocks publishing" only when no rule at all refuses: the Publishing panel lists the rest.
 */
function Findings({ findings, otherRules }: { findings: Finding[]; otherRules: OtherRules }) {
  const { formatMessage } = useIntl();
  const all = [...findings, ...otherRules.aboutSources];
  if (all.length === 0) {
    return otherRules.refuseElsewhere ? (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({
          id: `${PLUGIN_ID}.panel.sourcesInOrder`,
          defaultMessage: 'The sources are in order; other rules still block publishing (see Publishing).',
        })}
      </Typography>
    ) : (
      <Typography variant="pi" textColor="success600">
        {formatMessage({ id: `${PLUGIN_ID}.panel.nothingBlocks`, defaultMessage: 'Nothing blocks publishing.' })}
      </Typography>
    );
  }
  return (
    <LabelledList label={formatMessage({ id: `${PLUGIN_ID}.panel.problems`, defaultMessage: 'Problems to fix before publishing' })}>
      {all.map((finding, index) => (
        <Finding key={`${finding.code}-${index}`}>{finding.message}</Finding>
      ))}
    </LabelledList>
  );
}

function Highlights({ highlights }: { highlights: NonNullable<Report['highlights']> }) {
  const { formatMessage } = useIntl();
  const sourceLine = useSourceLine();
  if (highlights.length === 0)
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: `${PLUGIN_ID}.panel.noHighlights`, defaultMessage: 'No highlights in the body.' })}
      </Typography>
    );
  return (
    <LabelledList gap={2} label={formatMessage({ id: `${PLUGIN_ID}.panel.highlights`, defaultMessage: 'Highlights' })}>
      {highlights.map((highlight) => {
        const colour = COLOURS[highlight.colour] ?? COLOURS.default;
        return (
          <Box key={highlight.documentId} role="listitem">
            <Box background={colour.background} paddingLeft={1} paddingRight={1} hasRadius>
              <Typography variant="pi" textColor={colour.text}>
                {highlight.exact}
              </Typography>
            </Box>
            <Flex gap={1} paddingTop={1}>
              <Typography variant="pi" textColor="neutral600">
                {sourceLine(highlight)}
              </Typography>
              {highlight.anchorState !== 'anchored' ? <Badge>{highlight.anchorState}</Badge> : null}
            </Flex>
          </Box>
        );
      })}
    </LabelledList>
  );
}

/** Fetches the saved draft's sourcing report again after every save (the document's updatedAt changes). */
function SourcingReport({ path, version }: { path: string; version: string }) {
  const { get } = useFetchClient();
  const { formatMessage } = useIntl();
  const [report, setReport] = React.useState<Report | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    let current = true;
    get<{ data: Report }>(path)
      .then(({ data }) => {
        if (!current) return;
        setReport(data.data);
        setError(null);
      })
      .catch((reason: unknown) => {
        if (current)
          setError(
            reason instanceof Error
              ? reason.message
              : formatMessage({ id: `${PLUGIN_ID}.panel.loadFailed`, defaultMessage: 'The sourcing report could not be loaded.' }),
          );
      });
    return () => {
      current = false;
    };
  }, [get, path, version, formatMessage]);

  if (error)
    return (
      <Typography variant="pi" textColor="danger600">
        {error}
      </Typography>
    );
  if (!report)
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: `${PLUGIN_ID}.panel.checking`, defaultMessage: 'Checking sources…' })}
      </Typography>
    );
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Findings findings={report.findings} otherRules={report.otherRules} />
      {report.highlights ? <Highlights highlights={report.highlights} /> : null}
    </Flex>
  );
}

/** Edit-view side panel on articles and fact checks: an article's highlights and their sources, and what blocks publishing (a fact check's citations have their own panel). */
export const SourcingPanel = ({ model, documentId, document }: PanelProps) => {
  // The Content Manager calls side panels as hooks, so a panel may read the admin panel's messages.
  const { formatMessage } = useIntl();
  const kind = REPORT_PATHS[model];
  if (!kind || !documentId) return null;
  return {
    title: formatMessage({ id: `${PLUGIN_ID}.panel.title`, defaultMessage: 'Sourcing' }),
    content: <SourcingReport path={`/sourcing/${kind}/${documentId}/report`} version={String(document?.updatedAt ?? '')} />,
  };
};
