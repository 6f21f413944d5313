import crypto from 'crypto';

const SECRETS = ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];
const random = () => crypto.randomBytes(16).toString('hex');

/**
 * Random values for the secrets Strapi refuses to boot without, for those `env` lacks: a test or benchmark instance on
 * a scratch database needs them but must not depend on a developer's `.env`.
 */
export function scratchSecrets(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const secrets: Record<string, string> = {};
  for (const name of SECRETS) if (!env[name]) secrets[name] = random();
  if (!env.APP_KEYS) secrets.APP_KEYS = `${random()},${random()}`;
  return secrets;
}
