'use strict';

// Keeps each admin panel's English messages (admin/src/translations/en.json) true to the code: every `{ id,
// defaultMessage }` the sources pass to react-intl (formatMessage, intlLabel, widget titles) is read with the TypeScript
// compiler's own parser, not a regular expression, so a message split over lines or quoted either way is still found.
//   node scripts/messages.js          writes every en.json
//   node scripts/messages.js --check  exits 1, naming the files, when one differs from its sources
// After a merge, re-run it and commit the en.json files it changed.

const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');

/** The admin panels whose strings go through react-intl, with the prefix every id of theirs carries. */
const TARGETS = [
  { prefix: 'editorial', dir: 'src/plugins/editorial/admin/src' },
  { prefix: 'image-policy', dir: 'src/plugins/image-policy/admin/src' },
  { prefix: 'house-style', dir: 'src/plugins/house-style/admin/src' },
  { prefix: 'sourcing', dir: 'src/plugins/sourcing/admin/src' },
  { prefix: 'provenance', dir: 'src/admin' },
];

const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'translations' ? [] : sourceFiles(full);
      return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
    })
    .sort();
}

const propertyName = (property) => (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : null);

/** A message id or text as written: a string, or a template whose only substitution is the plugin's PLUGIN_ID. */
function staticText(node, prefix) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (!ts.isTemplateExpression(node)) return null;
  let text = node.head.text;
  for (const span of node.templateSpans) {
    if (!ts.isIdentifier(span.expression) || span.expression.text !== 'PLUGIN_ID') return null;
    text += prefix + span.literal.text;
  }
  return text;
}

/** Every `{ id, defaultMessage }` in one file, and what could not be read statically. */
function messagesOfFile(file, prefix) {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const problems = [];
  const where = (node) => `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const props = Object.fromEntries(node.properties.filter(ts.isPropertyAssignment).map((property) => [propertyName(property), property.initializer]));
      if (props.id && props.defaultMessage) {
        const id = staticText(props.id, prefix);
        const message = staticText(props.defaultMessage, prefix);
        if (id === null || message === null) problems.push(`${where(node)}: the id and defaultMessage must be written out (a string, or \`\${PLUGIN_ID}.…\`).`);
        else if (!id.startsWith(`${prefix}.`)) problems.push(`${where(node)}: "${id}" does not start with "${prefix}.".`);
        else found.push({ id, message, at: where(node) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { found, problems };
}

/** The English messages of one admin panel, by id, sorted; throws naming every message it cannot take. */
function extractMessages(dir, prefix) {
  const messages = new Map();
  const problems = [];
  for (const file of sourceFiles(path.resolve(ROOT, dir))) {
    const result = messagesOfFile(file, prefix);
    problems.push(...result.problems);
    for (const { id, message, at } of result.found) {
      const known = messages.get(id);
      if (known && known.message !== message) problems.push(`${at}: "${id}" already says "${known.message}" (${known.at}), here "${message}".`);
      else if (!known) messages.set(id, { message, at });
    }
  }
  if (problems.length > 0) throw new Error(`Messages that cannot go into en.json:\n${problems.join('\n')}`);
  return Object.fromEntries([...messages.keys()].sort().map((id) => [id, messages.get(id).message]));
}

const englishFile = (dir) => path.resolve(ROOT, dir, 'translations', 'en.json');
const serialize = (messages) => `${JSON.stringify(messages, null, 2)}\n`;

function main(check) {
  const stale = [];
  for (const { prefix, dir } of TARGETS) {
    const expected = serialize(extractMessages(dir, prefix));
    const file = englishFile(dir);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (current === expected) continue;
    if (check) stale.push(path.relative(ROOT, file));
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, expected);
    }
  }
  if (stale.length > 0) {
    process.stderr.write(`Out of date with their sources (run: node scripts/messages.js): ${stale.join(', ')}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) main(process.argv.includes('--check'));

module.exports = { TARGETS, extractMessages, englishFile, messagesOfFile };
