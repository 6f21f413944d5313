import delivery from './delivery';
import previews from './previews';
import search from './search';

export default { delivery, previews, search };
