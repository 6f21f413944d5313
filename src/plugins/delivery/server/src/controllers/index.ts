import delivery from './delivery';
import openapi from './openapi';
import previews from './previews';

export default { delivery, openapi, previews };
