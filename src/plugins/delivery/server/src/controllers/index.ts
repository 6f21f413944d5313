import delivery from './delivery';
import openapi from './openapi';
import previews from './previews';
import search from './search';

export default { delivery, openapi, previews, search };
