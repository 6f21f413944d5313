import { z } from 'zod';
import { body, DOCUMENT_ID, documentId, documentIdParams } from '#kernel/validate';
import { MESSAGES } from '../constants';
import { CORRECTION_KINDS, CORRECTION_MESSAGES, CORRECTION_TEXT_LIMIT } from '../domain/corrections';
import { KICKER_STATES } from '../domain/kicker-state';
import { SCHEDULED_TYPES, type ScheduledType } from '../domain/schedule';
import { stageNote } from '../domain/stages';
import { CHECKED_TYPES, type CheckedType } from '../services/publish-check';

/**
 * What the editorial admin routes read from a request, as zod schemas: controllers/admin.ts parses with these and
 * hands the services typed values. A value that does not parse is a 400 naming its field (src/kernel/validate.ts).
 */

/** Another document named in a body (`into`): a documentId, or the message the service gives one that names nothing. */
const otherDocument = (message: string) => z.string({ error: message }).regex(DOCUMENT_ID, message);

const SUGGESTIONS_QUERY_LIMIT = 200;
const REVIEW_PAGE_LIMIT = 100;
// The Content Manager's longest list page.
const STAGES_OF_LIMIT = 100;

export const INPUTS = {
  document: documentIdParams,
  checked: z.object({
    type: z.enum(Object.keys(CHECKED_TYPES) as [CheckedType, ...CheckedType[]], { error: 'type is articles or fact-checks.' }),
    documentId,
  }),
  kickerSuggestions: z.object({
    q: z
      .string({ error: 'q is the text typed into the kicker input, once.' })
      .max(SUGGESTIONS_QUERY_LIMIT, `Search with at most ${SUGGESTIONS_QUERY_LIMIT} characters.`)
      .default(''),
  }),
  kickerState: body({ state: z.enum(KICKER_STATES, { error: 'A kicker is proposed, approved or retired.' }) }),
  kickerLabel: body({ label: z.string({ error: MESSAGES.kickerEmpty }) }),
  kickerMerge: body({ into: otherDocument(MESSAGES.noKicker) }),
  categoryInto: body({ into: otherDocument(MESSAGES.noCategory) }),
  sectionEditors: body({
    userIds: z.array(z.number({ error: 'An admin user id is a whole number.' }).int('An admin user id is a whole number.'), {
      error: 'Give the editors as a list of admin user ids.',
    }),
  }),
  review: z.object({
    gate: z.string({ error: 'gate names one publish gate.' }).max(40, 'gate names one publish gate.').optional(),
    code: z.string({ error: 'code names one rule.' }).max(80, 'code names one rule.').optional(),
    page: z.coerce
      .number({ error: 'page is a whole number from 1.' })
      .int('page is a whole number from 1.')
      .min(1, 'page is a whole number from 1.')
      .default(1),
    pageSize: z.coerce
      .number({ error: `pageSize is a whole number from 1 to ${REVIEW_PAGE_LIMIT}.` })
      .int(`pageSize is a whole number from 1 to ${REVIEW_PAGE_LIMIT}.`)
      .min(1, `pageSize is a whole number from 1 to ${REVIEW_PAGE_LIMIT}.`)
      .max(REVIEW_PAGE_LIMIT, `pageSize is a whole number from 1 to ${REVIEW_PAGE_LIMIT}.`)
      .default(25),
  }),
  scheduled: z.object({
    type: z.enum(Object.keys(SCHEDULED_TYPES) as [ScheduledType, ...ScheduledType[]], { error: 'Schedule an article or a fact-check.' }),
    documentId,
  }),
  schedule: body({
    publishAt: z.iso
      .datetime({ offset: true, error: 'Give the publish time as an ISO 8601 date and time with its offset, e.g. 2026-02-09T08:00:00+01:00.' })
      .transform((value) => new Date(value)),
  }),
  correction: body({
    kind: z.enum(CORRECTION_KINDS, { error: CORRECTION_MESSAGES.kind }),
    text: z.string({ error: CORRECTION_MESSAGES.text }).trim().min(1, CORRECTION_MESSAGES.text).max(CORRECTION_TEXT_LIMIT, CORRECTION_MESSAGES.text),
  }),
  stagesOf: z.object({
    documentIds: z
      .string({ error: 'documentIds lists the articles, separated by commas.' })
      .transform((value) => value.split(',').filter(Boolean))
      .pipe(z.array(documentId).max(STAGES_OF_LIMIT, `Ask for at most ${STAGES_OF_LIMIT} articles at once.`)),
  }),
  stageMove: body({ to: z.string({ error: MESSAGES.noStageGiven }).min(1, MESSAGES.noStageGiven), note: stageNote }),
} as const;
