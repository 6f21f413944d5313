'use strict';

// Writes .env from .env.example, replacing every "change-me" secret and every empty demo password with random values.
// Leaves an existing .env alone, so a demo keeps its sessions and its users' passwords across runs; it only appends the
// demo users an older .env lacks (their e-mail from .env.example, a fresh password), so their credentials exist too.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const target = path.join(root, '.env');
const random = () => crypto.randomBytes(24).toString('base64url');
const DEMO_VARIABLE = /^DEMO_[A-Z_]+$/;
const DEMO_PASSWORD = /^DEMO_[A-Z_]*PASSWORD$/;

// Strapi refuses an admin password without a lower-case letter, an upper-case letter and a digit.
function demoPassword() {
  for (;;) {
    const password = `Demo-${random()}`;
    if (/\d/.test(password) && /[a-z]/.test(password)) return password;
  }
}

function filled(name, value) {
  if (name === 'APP_KEYS') return `${random()},${random()}`;
  if (value.startsWith('change-me')) return random();
  if (DEMO_PASSWORD.test(name) && value === '') return demoPassword();
  return value;
}

const example = fs.readFileSync(path.join(root, '.env.example'), 'utf8').split('\n');
const variable = (line) => /^([A-Z_]+)=(.*)$/.exec(line);

if (!fs.existsSync(target)) {
  const lines = example.map((line) => {
    const match = variable(line);
    return match ? `${match[1]}=${filled(match[1], match[2])}` : line;
  });
  fs.writeFileSync(target, lines.join('\n'), { mode: 0o600 });
  process.stdout.write('Wrote .env with fresh random secrets.\n');
} else {
  const present = new Set(
    fs
      .readFileSync(target, 'utf8')
      .split('\n')
      .map((line) => variable(line)?.[1])
      .filter(Boolean),
  );
  const missing = example.map(variable).filter((match) => match && DEMO_VARIABLE.test(match[1]) && !present.has(match[1]));
  if (missing.length > 0) {
    const lines = missing.map(([, name, value]) => `${name}=${filled(name, value)}`);
    const current = fs.readFileSync(target, 'utf8');
    fs.appendFileSync(target, `${current.endsWith('\n') || current === '' ? '' : '\n'}${lines.join('\n')}\n`);
    process.stdout.write(`Added the demo users' ${missing.map(([, name]) => name).join(', ')} to .env.\n`);
  }
}
