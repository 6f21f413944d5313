export { findingsError } from '../../../../kernel/errors';
