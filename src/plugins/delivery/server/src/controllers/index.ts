import delivery from './delivery';
import previews from './previews';

export default { delivery, previews };
