import { ACTIONS as HOUSE_STYLE_ACTIONS } from '../../src/plugins/house-style/server/src/constants';
import { NEWSROOM_ROLES, NEWSROOM_TYPES, PUBLIC_READ_ACTIONS, grantsOf } from '../../src/roles/newsroom-roles';

const role = (name: string) => {
  const found = NEWSROOM_ROLES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No role ${name}`);
  return found;
};
const actions = (name: string) => grantsOf(role(name)).map((grant) => `${grant.action.split('.').pop()} ${grant.subject}`);

describe('the newsroom role table', () => {
  it('names the four newsroom roles', () => {
    expect(NEWSROOM_ROLES.map((candidate) => candidate.name)).toEqual(['Chief editor', 'Section editor', 'Reporter', 'Fact-checker']);
  });

  it('lets no one but the chief editor delete', () => {
    const deleters = NEWSROOM_ROLES.filter((candidate) => grantsOf(candidate).some((grant) => grant.action.endsWith('.delete')));
    expect(deleters.map((candidate) => candidate.name)).toEqual(['Chief editor']);
  });

  it('gives a reporter no publish right', () => {
    expect(actions('Reporter').filter((entry) => entry.startsWith('publish'))).toEqual([]);
  });

  it('lets a fact-checker edit fact checks and sources', () => {
    expect(actions('Fact-checker')).toEqual(
      expect.arrayContaining([`update ${NEWSROOM_TYPES.factCheck}`, `create ${NEWSROOM_TYPES.source}`, `update ${NEWSROOM_TYPES.source}`]),
    );
  });

  it('lets a reporter propose a kicker without its state, read kickers, and edit none', () => {
    const kicker = grantsOf(role('Reporter')).filter((grant) => grant.subject === NEWSROOM_TYPES.kicker);
    expect(kicker.map((grant) => [grant.action.split('.').pop(), grant.withheld])).toEqual([
      ['create', ['state']],
      ['read', []],
    ]);
  });

  it('gives every role read access to every newsroom type', () => {
    for (const candidate of NEWSROOM_ROLES) {
      const read = grantsOf(candidate)
        .filter((grant) => grant.action.endsWith('.read'))
        .map((grant) => grant.subject);
      expect(read.sort()).toEqual(Object.values(NEWSROOM_TYPES).sort());
    }
  });

  it('lets Public find and findOne each newsroom type and nothing else', () => {
    expect(PUBLIC_READ_ACTIONS).toHaveLength(14);
    expect(PUBLIC_READ_ACTIONS.every((action) => /\.(find|findOne)$/.test(action))).toBe(true);
  });

  it('lets only the chief editor change the house-style settings', () => {
    const holders = NEWSROOM_ROLES.filter((candidate) => candidate.pluginActions?.includes(HOUSE_STYLE_ACTIONS.settings));
    expect(holders.map((candidate) => candidate.name)).toEqual(['Chief editor']);
  });
});
