'use strict';

// Writes .env from .env.example, replacing every "change-me" secret and an empty demo password with random values.
// Leaves an existing .env alone, so a demo keeps its sessions and its admin password across runs.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const target = path.join(root, '.env');
const random = () => crypto.randomBytes(24).toString('base64url');

function filledFromExample() {
  const lines = fs.readFileSync(path.join(root, '.env.example'), 'utf8').split('\n');
  return lines.map((line) => {
    const match = /^([A-Z_]+)=(.*)$/.exec(line);
    if (!match) return line;
    const [, name, value] = match;
    if (name === 'APP_KEYS') return `${name}=${random()},${random()}`;
    if (value.startsWith('change-me')) return `${name}=${random()}`;
    if (name === 'DEMO_ADMIN_PASSWORD' && value === '') return `${name}=Demo-${random()}`;
    return line;
  });
}

if (!fs.existsSync(target)) {
  fs.writeFileSync(target, filledFromExample().join('\n'), { mode: 0o600 });
  process.stdout.write('Wrote .env with fresh random secrets.\n');
}
