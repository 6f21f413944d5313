export default [
  // Cached public reads without an Origin are answered here, before the request log and the security middleware.
  'plugin::delivery.fast-read',
  'strapi::logger',
  'strapi::errors',
  // Inside the error handler: a database that cannot be reached is a 503 with Retry-After, not a 500 (or a false 401).
  'global::database-unavailable',
  'strapi::security',
  'strapi::cors',
  // Before routing and the database: other public reads the delivery cache holds are answered here.
  'plugin::delivery.http-cache',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  // Both read the parsed body: a hostile nesting is refused before anything walks it; a save's version is taken out.
  'global::body-depth',
  'global::edit-version',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
