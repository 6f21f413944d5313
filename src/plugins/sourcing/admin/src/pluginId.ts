/** The plugin's id, in its own module so the admin panel's components can import it without the plugin's entry. */
export const PLUGIN_ID = 'sourcing';
