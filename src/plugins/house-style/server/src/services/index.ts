import check from './check';
import settings from './settings';

export default { check, settings };
