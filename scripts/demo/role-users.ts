/**
 * The demo's users: the Super Admin and one admin-panel user per newsroom role (src/roles/newsroom-roles.ts), each
 * with its credentials in .env (scripts/make-env.js generates the passwords once, so re-runs keep them).
 */
import { NEWSROOM_ROLES } from '../../src/roles/newsroom-roles';

export interface DemoUser {
  /** What the closing lines call the user. */
  label: string;
  /** `DEMO_<prefix>_EMAIL` and `DEMO_<prefix>_PASSWORD` in .env. */
  envPrefix: string;
  /** The admin role's code; null for the Super Admin, whom Strapi's admin plugin makes. */
  roleCode: string | null;
  firstname: string;
  lastname: string;
  /** Slugs of the categories the user edits as section editor (the editorial plugin's section editors). */
  sections: readonly string[];
}

export interface DemoCredentials extends DemoUser {
  email: string;
  password: string;
}

const roleCode = (name: string): string => {
  const role = NEWSROOM_ROLES.find((candidate) => candidate.name === name);
  if (!role) throw new Error(`The newsroom has no role named ${name} (src/roles/newsroom-roles.ts).`);
  return role.code;
};

export const DEMO_USERS: readonly DemoUser[] = [
  { label: 'Super Admin', envPrefix: 'ADMIN', roleCode: null, firstname: 'Demo', lastname: 'Editor', sections: [] },
  { label: 'Chief editor', envPrefix: 'CHIEF_EDITOR', roleCode: roleCode('Chief editor'), firstname: 'Chiara', lastname: 'Chief', sections: [] },
  {
    label: 'Section editor (Politics)',
    envPrefix: 'SECTION_EDITOR',
    roleCode: roleCode('Section editor'),
    firstname: 'Petra',
    lastname: 'Politics',
    sections: ['politics'],
  },
  { label: 'Reporter', envPrefix: 'REPORTER', roleCode: roleCode('Reporter'), firstname: 'Rok', lastname: 'Reporter', sections: [] },
  { label: 'Fact-checker', envPrefix: 'FACT_CHECKER', roleCode: roleCode('Fact-checker'), firstname: 'Fran', lastname: 'Factchecker', sections: [] },
];

/**
 * Every demo user with the e-mail and password .env gives it. Refuses, naming every variable, when one is missing or
 * two users share an e-mail (the second would take the first one's account over).
 */
export function demoCredentials(env: Readonly<Record<string, string | undefined>>, users: readonly DemoUser[] = DEMO_USERS): DemoCredentials[] {
  const missing: string[] = [];
  const credentials = users.map((user) => {
    const [email, password] = ['EMAIL', 'PASSWORD'].map((part) => {
      const name = `DEMO_${user.envPrefix}_${part}`;
      const value = env[name]?.trim() ?? '';
      if (!value) missing.push(name);
      return value;
    });
    return { ...user, email: email.toLowerCase(), password };
  });
  if (missing.length > 0) throw new Error(`${missing.join(', ')} must be set in .env (scripts/make-env.js writes them).`);
  const emails = credentials.map((user) => user.email);
  const shared = emails.filter((email, index) => emails.indexOf(email) !== index);
  if (shared.length > 0) throw new Error(`Each demo user needs an e-mail of its own; ${[...new Set(shared)].join(', ')} is given twice in .env.`);
  return credentials;
}
