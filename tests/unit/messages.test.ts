import fs from 'fs';
import os from 'os';
import path from 'path';
import { TARGETS, englishFile, extractMessages } from '../../scripts/messages';

function panelWith(source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'messages-'));
  fs.writeFileSync(path.join(dir, 'Panel.tsx'), source);
  return dir;
}

describe('English messages of the admin panels', () => {
  it.each(TARGETS.map((target) => [target.dir, target]))(
    '%s/translations/en.json says what its sources say (else run: node scripts/messages.js)',
    (_dir, target) => {
      const written = JSON.parse(fs.readFileSync(englishFile(target.dir), 'utf8')) as Record<string, string>;
      expect(written).toEqual(extractMessages(target.dir, target.prefix));
    },
  );

  it('reads ids written with the plugin id, and messages split over lines', () => {
    const dir = panelWith(`const PLUGIN_ID = 'desk';
      formatMessage({ id: \`\${PLUGIN_ID}.panel.title\`, defaultMessage:
        'In review' });
      const label = { id: 'desk.panel.link', defaultMessage: "Open it" };`);
    expect(extractMessages(dir, 'desk')).toEqual({ 'desk.panel.link': 'Open it', 'desk.panel.title': 'In review' });
  });

  it('refuses an id it cannot read from the source, naming where it is', () => {
    const dir = panelWith(`formatMessage({ id: someId, defaultMessage: 'Hidden' });`);
    expect(() => extractMessages(dir, 'desk')).toThrow(/Panel\.tsx:1: the id and defaultMessage must be written out/);
  });

  it('refuses one id given two English texts', () => {
    const dir = panelWith(`formatMessage({ id: 'desk.a', defaultMessage: 'One' });
      formatMessage({ id: 'desk.a', defaultMessage: 'Two' });`);
    expect(() => extractMessages(dir, 'desk')).toThrow(/"desk\.a" already says "One"/);
  });

  it("refuses an id outside the panel's prefix", () => {
    const dir = panelWith(`formatMessage({ id: 'other.a', defaultMessage: 'One' });`);
    expect(() => extractMessages(dir, 'desk')).toThrow(/does not start with "desk\."/);
  });
});
