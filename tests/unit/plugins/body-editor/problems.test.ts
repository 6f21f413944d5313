import { MESSAGES } from '../../../../src/plugins/sourcing/server/src/constants';
import { findMarks } from '../../../../src/plugins/sourcing/admin/src/editor/marks';
import { markProblems } from '../../../../src/plugins/sourcing/admin/src/editor/problems';

describe('Marking a quote the save would refuse, before saving', () => {
  it('marks a highlight linked to an address a reader cannot follow, with the server message', () => {
    const text = 'See [<mark>the memo</mark>](mailto:desk@example.org).';
    const [problem] = markProblems(findMarks(text));
    expect(problem.message).toBe(MESSAGES.highlightLinkNotWeb('the memo', 'mailto:desk@example.org'));
    expect(text.slice(problem.from, problem.to)).toBe('[<mark>the memo</mark>](mailto:desk@example.org)');
  });

  it('marks a quote longer than a Highlight can hold', () => {
    const quote = 'word '.repeat(401);
    expect(markProblems(findMarks(`<mark>${quote}</mark>`)).map((problem) => problem.message)).toEqual([MESSAGES.quoteTooLong(quote.slice(0, 40).trim())]);
  });

  it('leaves web links, site pages and plain highlights alone', () => {
    expect(markProblems(findMarks('[<mark>a</mark>](https://a.org) <a href="/newsletter"><mark>b</mark></a> <mark>c</mark>'))).toEqual([]);
  });
});
