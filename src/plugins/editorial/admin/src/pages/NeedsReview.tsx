import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { PLUGIN_ID, READ_ARTICLES, type ReviewPage, type RuleCount } from '../constants';
import { errorText } from '../errors';
import { useNewsroomDates } from '../newsroom';

const ALL = 'all';
const ruleKey = (rule: Pick<RuleCount, 'gate' | 'code'>) => `${rule.gate}|${rule.code}`;
const ruleLabel = (rule: Pick<RuleCount, 'gate' | 'code'>) => `${rule.gate}: ${rule.code.replace(/-/g, ' ')}`;

function ReviewTable() {
  const { formatMessage } = useIntl();
  const dates = useNewsroomDates();
  const { get } = useFetchClient();
  const [rule, setRule] = React.useState(ALL);
  const [page, setPage] = React.useState(1);
  const [view, setView] = React.useState<ReviewPage | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    const [gate, code] = rule === ALL ? [] : rule.split('|');
    const query = new URLSearchParams({ page: String(page), ...(gate ? { gate, code } : {}) });
    let current = true;
    get<{ data: ReviewPage }>(`/editorial/review?${query.toString()}`).then(
      ({ data }) => current && (setView(data.data), setError(null)),
      (reason: unknown) =>
        current && setError(errorText(reason, formatMessage({ id: `${PLUGIN_ID}.review.loadFailed`, defaultMessage: 'The review list could not be loaded.' }))),
    );
    return () => {
      current = false;
    };
  }, [get, rule, page, formatMessage]);

  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!view) return <Page.Loading />;
  if (view.total === 0)
    return (
      <Typography textColor="neutral600">
        {formatMessage({ id: `${PLUGIN_ID}.review.none`, defaultMessage: "Nothing needs review: every published article meets the newsroom's rules." })}
      </Typography>
    );

  const choose = (value: string | number) => {
    setRule(String(value));
    setPage(1);
  };
  const { pagination } = view;
  return (
    <>
      <Box paddingBottom={4} maxWidth="32rem">
        <Field.Root name="rule-filter">
          <Field.Label>{formatMessage({ id: `${PLUGIN_ID}.review.rule`, defaultMessage: 'Rule' })}</Field.Label>
          <SingleSelect value={rule} onChange={choose}>
            <SingleSelectOption value={ALL}>
              {formatMessage(
                { id: `${PLUGIN_ID}.review.everyRule`, defaultMessage: 'Every rule ({count, plural, one {# article} other {# articles}})' },
                { count: view.total },
              )}
            </SingleSelectOption>
            {view.rules.map((counted) => (
              <SingleSelectOption key={ruleKey(counted)} value={ruleKey(counted)}>
                {`${ruleLabel(counted)} (${counted.documents})`}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
      <Table colCount={3} rowCount={view.items.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.review.column.article`, defaultMessage: 'Article' })}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">
                {formatMessage({ id: `${PLUGIN_ID}.review.column.whatTheRulesFind`, defaultMessage: 'What the rules find' })}
              </Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.review.column.listedSince`, defaultMessage: 'Listed since' })}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {view.items.map((item) => (
            <Tr key={item.documentId}>
              <Td>
                <Link to={`/content-manager/collection-types/${item.contentType}/${item.documentId}`}>
                  <Typography fontWeight="bold">{item.title ?? item.documentId}</Typography>
                </Link>
              </Td>
              <Td>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  {item.findings.map((finding, index) => (
                    <Typography key={index} variant="pi" style={{ whiteSpace: 'normal' }}>
                      {`${finding.gate}: ${finding.message}`}
                    </Typography>
                  ))}
                </Flex>
              </Td>
              <Td>
                <Typography textColor="neutral600">{`${dates.day(item.since)} (${item.origin})`}</Typography>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {pagination.pageCount > 1 ? (
        <Flex gap={2} paddingTop={4}>
          <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {formatMessage({ id: `${PLUGIN_ID}.review.previous`, defaultMessage: 'Previous' })}
          </Button>
          <Typography>
            {formatMessage(
              { id: `${PLUGIN_ID}.review.page`, defaultMessage: 'Page {page} of {pageCount}' },
              { page: pagination.page, pageCount: pagination.pageCount },
            )}
          </Typography>
          <Button variant="tertiary" disabled={page >= pagination.pageCount} onClick={() => setPage(page + 1)}>
            {formatMessage({ id: `${PLUGIN_ID}.review.next`, defaultMessage: 'Next' })}
          </Button>
        </Flex>
      ) : null}
    </>
  );
}

/** Editorial → Needs review: published articles a newsroom rule finds something in, by rule, with counts. */
export default function NeedsReviewPage() {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: `${PLUGIN_ID}.review.title`, defaultMessage: 'Needs review' });
  return (
    <Page.Protect permissions={READ_ARTICLES}>
      <Page.Main>
        <Page.Title>{title}</Page.Title>
        <Layouts.Header
          title={title}
          subtitle={formatMessage({
            id: `${PLUGIN_ID}.review.subtitle`,
            defaultMessage:
              "Published on the previous site and kept online by the import, although a rule of the newsroom finds something in them. The rules apply to each one's next publish.",
          })}
        />
        <Layouts.Content>
          <ReviewTable />
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
}
