import { useIntl } from 'react-intl';
import type { ScheduleEntry } from '../../../server/src/services/schedules';
import type { DeskEntry, DeskView } from '../../../server/src/services/desk';
import { SCHEDULED_TYPES } from '../../../server/src/domain/schedule';
import { ARTICLE_UID, PLUGIN_ID, type ReviewPage } from '../constants';
import { useNewsroomDates } from '../newsroom';
import { DeskList, editLink, useDeskData, type DeskRow } from './DeskList';

const DESK_URL = '/editorial/desk';

function useDetail() {
  const { formatMessage } = useIntl();
  const dates = useNewsroomDates();
  return (entry: DeskEntry): string =>
    formatMessage(
      { id: `${PLUGIN_ID}.widget.entry.detail`, defaultMessage: '{stage} · {section} · edited {day}' },
      {
        stage: entry.stage ?? '—',
        section: entry.section ?? formatMessage({ id: `${PLUGIN_ID}.widget.entry.noSection`, defaultMessage: 'no section' }),
        day: dates.day(entry.updatedAt),
      },
    );
}

const articleRows = (entries: DeskEntry[], detail: (entry: DeskEntry) => string, untitled: string): DeskRow[] =>
  entries.map((entry) => ({ key: entry.documentId, to: editLink(ARTICLE_UID, entry.documentId), title: entry.title || untitled, detail: detail(entry) }));

/** Dashboard: articles waiting on an editor (in review, approved), newest change first. */
export function InReviewWidget() {
  const { formatMessage } = useIntl();
  const detail = useDetail();
  const untitled = formatMessage({ id: `${PLUGIN_ID}.widget.untitled`, defaultMessage: 'Untitled' });
  return (
    <DeskList<DeskView>
      label={formatMessage({ id: `${PLUGIN_ID}.widget.inReview.title`, defaultMessage: 'In review' })}
      loaded={useDeskData<DeskView>(DESK_URL)}
      rows={(desk) => articleRows(desk.inReview, detail, untitled)}
      empty={formatMessage({ id: `${PLUGIN_ID}.widget.inReview.empty`, defaultMessage: 'No article is waiting on an editor.' })}
    />
  );
}

/** Dashboard: articles being worked on in the sections the user edits (every section for the chief editor). */
export function MySectionsWidget() {
  const { formatMessage } = useIntl();
  const detail = useDetail();
  const loaded = useDeskData<DeskView>(DESK_URL);
  const untitled = formatMessage({ id: `${PLUGIN_ID}.widget.untitled`, defaultMessage: 'Untitled' });
  const noSection = formatMessage({
    id: `${PLUGIN_ID}.widget.mySections.none`,
    defaultMessage: 'You edit no section: an editor with the right is chosen per category (Editorial → Categories).',
  });
  const empty = formatMessage({ id: `${PLUGIN_ID}.widget.mySections.empty`, defaultMessage: 'Nothing is being worked on in your sections.' });
  const noSections = loaded.state === 'ready' && !loaded.data.mySections.every && loaded.data.mySections.sections.length === 0;
  return (
    <DeskList<DeskView>
      label={formatMessage({ id: `${PLUGIN_ID}.widget.mySections.title`, defaultMessage: 'In my sections' })}
      loaded={loaded}
      rows={(desk) => articleRows(desk.mySections.entries, detail, untitled)}
      empty={noSections ? noSection : empty}
    />
  );
}

/** Dashboard: published articles a newsroom rule finds something in (the Needs review page's first rows). */
export function NeedsReviewWidget() {
  const { formatMessage } = useIntl();
  const untitled = formatMessage({ id: `${PLUGIN_ID}.widget.untitled`, defaultMessage: 'Untitled' });
  return (
    <DeskList<ReviewPage>
      label={formatMessage({ id: `${PLUGIN_ID}.widget.needsReview.title`, defaultMessage: 'Needs review' })}
      loaded={useDeskData<ReviewPage>('/editorial/review?page=1&pageSize=8')}
      rows={(page) =>
        page.items.map((item) => ({
          key: item.documentId,
          to: editLink(item.contentType, item.documentId),
          title: item.title || untitled,
          detail: item.findings.map((finding) => finding.message).join(' '),
        }))
      }
      empty={formatMessage({ id: `${PLUGIN_ID}.widget.needsReview.empty`, defaultMessage: "Every published article meets the newsroom's rules." })}
    />
  );
}

/** Dashboard: what publishes next, by its time. */
export function ScheduledWidget() {
  const { formatMessage } = useIntl();
  const dates = useNewsroomDates();
  const untitled = formatMessage({ id: `${PLUGIN_ID}.widget.untitled`, defaultMessage: 'Untitled' });
  const at = (entry: ScheduleEntry) =>
    formatMessage({ id: `${PLUGIN_ID}.widget.scheduled.detail`, defaultMessage: 'Publishes {when}' }, { when: dates.moment(entry.publishAt) });
  return (
    <DeskList<{ pending: ScheduleEntry[] }>
      label={formatMessage({ id: `${PLUGIN_ID}.widget.scheduled.title`, defaultMessage: 'Scheduled' })}
      loaded={useDeskData<{ pending: ScheduleEntry[] }>('/editorial/schedules')}
      rows={(list) =>
        list.pending.slice(0, 8).map((entry) => ({
          key: String(entry.id),
          to: editLink(SCHEDULED_TYPES[entry.type], entry.documentId),
          title: entry.title || untitled,
          detail: at(entry),
        }))
      }
      empty={formatMessage({ id: `${PLUGIN_ID}.widget.scheduled.empty`, defaultMessage: 'Nothing is scheduled to publish.' })}
    />
  );
}
