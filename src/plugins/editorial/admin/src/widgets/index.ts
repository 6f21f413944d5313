import { Clock, Eye, Folder, WarningCircle } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { ARTICLE_UID, PLUGIN_ID, READ_ARTICLES } from '../constants';

const load = (name: 'InReviewWidget' | 'MySectionsWidget' | 'NeedsReviewWidget' | 'ScheduledWidget') => async () => (await import('./DeskWidgets'))[name];

/**
 * The newsroom's home page: what waits on an editor, the work in one's sections, what a rule finds in published
 * articles, and what publishes next. Each is shown to whoever may read articles; the routes behind them answer only
 * what the user may read.
 */
export function registerDeskWidgets(app: StrapiApp): void {
  app.widgets.register([
    {
      icon: Eye,
      title: { id: `${PLUGIN_ID}.widget.inReview.title`, defaultMessage: 'In review' },
      component: load('InReviewWidget'),
      pluginId: PLUGIN_ID,
      id: 'in-review',
      permissions: READ_ARTICLES,
      link: { label: { id: `${PLUGIN_ID}.widget.inReview.link`, defaultMessage: 'All articles' }, href: `/content-manager/collection-types/${ARTICLE_UID}` },
    },
    {
      icon: Folder,
      title: { id: `${PLUGIN_ID}.widget.mySections.title`, defaultMessage: 'In my sections' },
      component: load('MySectionsWidget'),
      pluginId: PLUGIN_ID,
      id: 'in-my-sections',
      permissions: READ_ARTICLES,
    },
    {
      icon: WarningCircle,
      title: { id: `${PLUGIN_ID}.widget.needsReview.title`, defaultMessage: 'Needs review' },
      component: load('NeedsReviewWidget'),
      pluginId: PLUGIN_ID,
      id: 'needs-review',
      permissions: READ_ARTICLES,
      link: { label: { id: `${PLUGIN_ID}.widget.needsReview.link`, defaultMessage: 'Open Needs review' }, href: `/plugins/${PLUGIN_ID}/review` },
    },
    {
      icon: Clock,
      title: { id: `${PLUGIN_ID}.widget.scheduled.title`, defaultMessage: 'Scheduled' },
      component: load('ScheduledWidget'),
      pluginId: PLUGIN_ID,
      id: 'scheduled',
      permissions: READ_ARTICLES,
      link: { label: { id: `${PLUGIN_ID}.widget.scheduled.link`, defaultMessage: 'Open Scheduled' }, href: `/plugins/${PLUGIN_ID}/scheduled` },
    },
  ]);
}
