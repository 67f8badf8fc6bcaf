import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import nl from '../../i18n/nl.json';
import en from '../../i18n/en.json';
import type { Me } from '../../api/types';
import {
  canLead, changeWording, completeVotes, draftOf, formValuesOf, groupByTopic, inputOf, perspectiveField,
  proposalInput, resultsState, shares, voteProgress,
} from './logic';

const say = (messages: Record<string, string>, locale: string) => {
  const intl = createIntl({ locale, messages });
  return (e: { change: number | null; previousRank: number | null }) => {
    const w = changeWording(e);
    return intl.formatMessage({ id: w.id }, { count: w.count });
  };
};

describe('changeWording', () => {
  it('says how many places a dilemma rose or fell, in Dutch and English', () => {
    const nlSay = say(nl, 'nl');
    expect(nlSay({ change: 2, previousRank: 5 })).toBe('2 plaatsen gestegen');
    expect(nlSay({ change: 1, previousRank: 2 })).toBe('1 plaats gestegen');
    expect(nlSay({ change: -3, previousRank: 1 })).toBe('3 plaatsen gedaald');
    expect(nlSay({ change: 0, previousRank: 4 })).toBe('zelfde plaats');
    expect(nlSay({ change: null, previousRank: null })).toBe('nieuw in de ranglijst');
    expect(say(en, 'en')({ change: -1, previousRank: 3 })).toBe('down 1 place');
  });
});

describe('vote progress', () => {
  const keys = ['a', 'b', 'c'];
  it('counts only dilemmas with both answers', () => {
    const draft = { a: { recognisable: 4, current: 'ja' as const }, b: { recognisable: 2 }, x: { recognisable: 5, current: 'nee' as const } };
    expect(voteProgress(draft, keys)).toEqual({ done: 1, total: 3 });
    expect(completeVotes(draft, keys)).toEqual([{ dilemmaKey: 'a', recognisable: 4, current: 'ja' }]);
  });
  it('starts from the votes already saved', () => {
    const draft = draftOf([{ dilemmaKey: 'b', recognisable: 3, current: 'soms' }, { dilemmaKey: 'c', recognisable: 1, current: 'nee' }]);
    expect(voteProgress(draft, keys)).toEqual({ done: 2, total: 3 });
    expect(voteProgress({}, keys)).toEqual({ done: 0, total: 3 });
  });
});

describe('shares', () => {
  it('gives whole percentages that add up to 100', () => {
    expect(shares([1, 1, 1])).toEqual([34, 33, 33]);
    expect(shares([0, 2, 0, 1, 1])).toEqual([0, 50, 0, 25, 25]);
    expect(shares([2, 1]).reduce((a, b) => a + b)).toBe(100);
  });
  it('is all zero when nobody answered', () => {
    expect(shares([0, 0, 0])).toEqual([0, 0, 0]);
  });
});

describe('groupByTopic', () => {
  it('keeps the order of the breadth and puts unknown topics last', () => {
    const groups = groupByTopic([
      { key: 'x', topic: 'team' }, { key: 'y', topic: 'integraal' }, { key: 'z', topic: '' }, { key: 'w', topic: 'team' },
    ]);
    expect(groups.map((g) => [g.topic, g.items.map((d) => d.key)])).toEqual([
      ['integraal', ['y']], ['team', ['x', 'w']], ['overig', ['z']],
    ]);
  });
});

describe('resultsState', () => {
  it('hides the results while open and with too few voters', () => {
    expect(resultsState({ visible: false, voterCount: 5, minVoters: 3, round: { status: 'open' } })).toBe('open');
    expect(resultsState({ visible: false, voterCount: 2, minVoters: 3, round: { status: 'closed' } })).toBe('tooFew');
    expect(resultsState({ visible: true, voterCount: 4, minVoters: 3, round: { status: 'closed' } })).toBe('visible');
  });
});

describe('canLead', () => {
  const me = (role: string | null, orgAdmin = false) =>
    ({ user: { orgAdmin }, teams: [{ id: 7, name: 'Noord', role }] }) as unknown as Me;
  it('lets the team lead, the supervisor and an admin review and run rounds', () => {
    expect(canLead(me('team_lead'), 7)).toBe(true);
    expect(canLead(me('supervisor'), 7)).toBe(true);
    expect(canLead(me('member'), 7)).toBe(false);
    expect(canLead(me('team_lead'), 8)).toBe(false);
    expect(canLead(me(null, true), 8)).toBe(true);
    expect(canLead(null, 7)).toBe(false);
  });
});

describe('the dilemma form', () => {
  it('turns lines into lists and drops empty perspectives', () => {
    const f = { ...formValuesOf(), title: ' Titel ', tension: 'A of B?', aChoice: 'A', aValues: 'regie\n\n veiligheid ', bChoice: 'B',
      perspectives: { bewoner: 'rust', partner: '  ' }, examples: 'een\ntwee' };
    const d = inputOf(f, ['bewoner', 'professional', 'partner', 'gemeente']);
    expect(d.title).toBe('Titel');
    expect(d.a.values).toEqual(['regie', 'veiligheid']);
    expect(d.perspectives).toEqual([{ who: 'bewoner', stake: 'rust' }]);
    expect(d.examples).toEqual(['een', 'twee']);
  });
  it('round-trips a dilemma', () => {
    const d = { topic: 'team', title: 'T', tension: 'A of B?', a: { choice: 'A', cost: 'c', values: ['v1', 'v2'] },
      b: { choice: 'B', cost: '', values: [] }, perspectives: [{ who: 'gemeente', stake: 's' }], domains: ['inkomen'], rules: ['koers'],
      themes: ['werk'], examples: ['e'], questions: ['q1', 'q2'] };
    expect(inputOf(formValuesOf(d), ['bewoner', 'professional', 'partner', 'gemeente'])).toEqual(d);
  });
  it('makes a proposal of the heart of a dilemma', () => {
    const d = proposalInput({ title: 'T', tension: 'A of B?', aChoice: 'A', aCost: 'ca', bChoice: 'B', bCost: '' });
    expect(d.a).toEqual({ choice: 'A', cost: 'ca', values: [] });
    expect(d.perspectives).toEqual([]);
  });
  it('names a perspective finding by the form field it came from', () => {
    expect(perspectiveField('perspectives[1].stake', ['bewoner', 'gemeente'])).toBe('perspectives.gemeente');
    expect(perspectiveField('perspectives[5].stake', ['bewoner'])).toBe('perspectives[5].stake');
    expect(perspectiveField('a.choice', [])).toBe('a.choice');
  });
});
