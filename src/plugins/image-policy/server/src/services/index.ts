import files from './files';
import policy from './policy';
import settings from './settings';

export default { files, policy, settings };
