import type { StrapiApp } from '@strapi/strapi/admin';
import { sendEditVersions } from './edit-versions';
import { closeGuidedTour, dismissMediaLibraryBanner, newsroomWidgets } from './offline-clutter';
import { appTranslations } from './translations';

export default {
  config: {
    locales: [],
    // The newsroom's machines are offline: no release notifications or tutorials fetched from the internet.
    notifications: { releases: false },
    tutorials: false,
    translations: appTranslations,
  },
  register(app: StrapiApp) {
    // Runs after every plugin's register, so the Content Manager's widgets are there to be taken out.
    app.widgets.register(newsroomWidgets);
  },
  bootstrap(_app: StrapiApp) {
    sendEditVersions(window);
    closeGuidedTour(window.localStorage);
    dismissMediaLibraryBanner(window.localStorage);
  },
};
