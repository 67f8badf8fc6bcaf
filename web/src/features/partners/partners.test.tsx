// The partner's page (save and come back, submit, the privacy refusal in its field, the
// clear pages for a used, closed, withdrawn or unknown link, the open link's proof of work),
// the pure logic, and the lead's round page (hidden results below the minimum; the partners'
// view beside the team's own examples, and without them while the guideline part is absent).
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { json, ME, mockApi, problem, renderAt } from '../../test/utils';
import { RoundPage } from './LeadPages';
import { dayAfter, emptyAnswers, goneReason, leadingZeroBits, ownCounts, solveProofOfWork } from './logic';
import { PartnerAnswerPage } from './PartnerPage';

afterEach(() => vi.unstubAllGlobals());

const webcrypto = globalThis.crypto;  // the same Web Crypto a browser has

const TOKEN = 'abcdefghijklmnopqrstuvwxyz';
const questions = {
  rules: [
    { ruleKey: 'verbinding', name: 'Maak verbinding', description: 'Zoek contact voordat je iets oplost.' },
    { ruleKey: 'vraag', name: 'Stel de vraag', description: 'Vraag door.' },
  ],
  recognise: 'Herken je dit in het werk van het team?',
  example: 'Wanneer en hoe zie je dat? (niet verplicht)',
  distinctive: 'Wat doet dit team wat anderen niet doen?',
  missing: 'Wat mis je?',
};
const page = (draft: unknown = null) => ({
  team: 'Wijkteam Noord', organisation: 'Wijkteams Demostad', title: 'Partners', anonymous: true, closesAt: '2027-02-15', questions, draft,
});
const gone = (type: string, title: string) => () => problem(410, title, { type: `https://vakkompas.nl/problems/${type}` });

describe('logic', () => {
  it('fills a draft from the questions, reads why a link is gone, counts own examples', () => {
    const a = emptyAnswers(questions, { rules: [{ ruleKey: 'vraag', recognition: 'soms', example: 'x' }], distinctive: 'd', missing: '' });
    expect(a.rules.map((r) => r.recognition)).toEqual([null, 'soms']);
    expect(goneReason(new ApiError(410, { type: 'https://vakkompas.nl/problems/partner-link-used' }))).toBe('used');
    expect(goneReason(new ApiError(410, { type: 'https://vakkompas.nl/problems/partner-link-revoked' }))).toBe('revoked');
    expect(goneReason(new ApiError(410, { type: 'https://vakkompas.nl/problems/partner-round-closed' }))).toBe('closed');
    expect(goneReason(new ApiError(404, {}))).toBe('unknown');
    expect(goneReason(new ApiError(500, {}))).toBeNull();
    expect(ownCounts({ cells: [{ ruleKey: 'vraag', partKey: 'buurt', count: 2 }, { ruleKey: 'vraag', partKey: 'partner', count: 1 }] })).toEqual({ vraag: 3 });
    expect(ownCounts(undefined)).toBeNull();
    expect(dayAfter(new Date('2027-01-15T10:00:00Z'), 21)).toBe('2027-02-05');
    expect(leadingZeroBits(new Uint8Array([0, 0x1f]))).toBe(11);
  });

  it('solves a proof of work with SubtleCrypto', async () => {
    const subtle = webcrypto.subtle;
    const nonce = await solveProofOfWork('1800000600.abc.def', 8, subtle);
    const d = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(`1800000600.abc.def:${nonce}`)));
    expect(leadingZeroBits(d)).toBeGreaterThanOrEqual(8);
  });
});

describe('PartnerAnswerPage', () => {
  it('saves to come back later, then sends, and thanks the partner', async () => {
    const { calls } = mockApi({
      [`GET /partner-answers/${TOKEN}`]: () => json(200, page({ rules: [{ ruleKey: 'verbinding', recognition: 'herken', example: '' }], distinctive: '', missing: '' })),
      [`PUT /partner-answers/${TOKEN}`]: () => json(200, page()),
      [`POST /partner-answers/${TOKEN}/submission`]: () => json(201, { submitted: true, team: 'Wijkteam Noord' }),
    });
    renderAt(<PartnerAnswerPage />, { route: `/partner/${TOKEN}`, path: '/partner/:token' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hoe zie jij het werk van Wijkteam Noord?' })).toBeTruthy();
    expect(screen.getByText('1 van 2 vuistregels beantwoord')).toBeTruthy();
    const second = screen.getByRole('group', { name: /Stel de vraag/ });
    fireEvent.click(within(second).getByRole('button', { name: 'Soms' }));
    expect(within(second).getByRole('button', { name: 'Soms' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('2 van 2 vuistregels beantwoord')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Wat doet dit team wat anderen niet doen?'), { target: { value: 'Ze komen langs.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar en ga later verder' }));
    expect(await screen.findByText(/Bewaard. Open deze link later opnieuw/)).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({
      rules: [{ ruleKey: 'verbinding', recognition: 'herken', example: '' }, { ruleKey: 'vraag', recognition: 'soms', example: '' }],
      distinctive: 'Ze komen langs.', missing: '',
    });
    expect(put.headers['x-csrf-token']).toBeUndefined();  // no session at all
    fireEvent.click(screen.getByRole('button', { name: 'Verstuur mijn antwoorden' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dank je wel' })).toBeTruthy();
  });

  it('keeps a privacy refusal in its field and sends the confirmation', async () => {
    let n = 0;
    const { calls } = mockApi({
      [`GET /partner-answers/${TOKEN}`]: () => json(200, page()),
      [`POST /partner-answers/${TOKEN}/submission`]: () => (n++ === 0
        ? problem(422, 'Er staan mogelijk gegevens in', { findings: [{ field: 'missing', kind: 'name', start: 9, end: 15, text: 'Jansen', placeholder: '[naam]', refused: false }] })
        : json(201, { submitted: true, team: 'Wijkteam Noord' })),
    });
    renderAt(<PartnerAnswerPage />, { route: `/partner/${TOKEN}`, path: '/partner/:token' });
    fireEvent.change(await screen.findByLabelText('Wat mis je?'), { target: { value: 'Mevrouw Jansen belde.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verstuur mijn antwoorden' }));
    expect(await screen.findByText(/Jansen/, { selector: 'mark, strong, span, li, *' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(0));
    fireEvent.click(screen.getAllByRole('checkbox')[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Verstuur mijn antwoorden' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dank je wel' })).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')[1].body).toMatchObject({ privacyConfirmed: true, missing: 'Mevrouw Jansen belde.' });
  });

  it.each([
    ['partner-link-used', 'Deze link is al gebruikt', 'Deze link is al gebruikt'],
    ['partner-round-closed', 'De ronde is gesloten', 'De ronde is gesloten'],
    ['partner-link-revoked', 'Deze link is ingetrokken', 'Deze link is ingetrokken'],
  ])('says clearly when a link is %s', async (type, title, heading) => {
    mockApi({ [`GET /partner-answers/${TOKEN}`]: gone(type, title) });
    renderAt(<PartnerAnswerPage />, { route: `/partner/${TOKEN}`, path: '/partner/:token' });
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Verstuur mijn antwoorden' })).toBeNull();
  });

  it('says so for a made-up link', async () => {
    mockApi({ [`GET /partner-answers/bestaat-niet`]: () => problem(404, 'Deze link kennen we niet.') });
    renderAt(<PartnerAnswerPage />, { route: '/partner/bestaat-niet', path: '/partner/:token' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze link kennen we niet' })).toBeTruthy();
  });

  it('an open link sends a solved proof of work and offers no saving', async () => {
    const open = { ...page(), challenge: '1800000600.abc.def', difficulty: 4 };
    const { calls } = mockApi({
      [`GET /open-partner-links/${TOKEN}`]: () => json(200, open),
      [`POST /open-partner-links/${TOKEN}/answers`]: () => json(201, { submitted: true, team: 'Wijkteam Noord' }),
    });
    renderAt(<PartnerAnswerPage open />, { route: `/partner/open/${TOKEN}`, path: '/partner/open/:token' });
    const first = await screen.findByRole('group', { name: /Maak verbinding/ });
    expect(screen.queryByRole('button', { name: 'Bewaar en ga later verder' })).toBeNull();
    fireEvent.click(within(first).getByRole('button', { name: 'Herken ik' }));
    fireEvent.click(screen.getByRole('button', { name: 'Verstuur mijn antwoorden' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dank je wel' })).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    const pow = (post.body as { proofOfWork: { challenge: string; nonce: string } }).proofOfWork;
    expect(pow.challenge).toBe('1800000600.abc.def');
    const d = new Uint8Array(await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(`${pow.challenge}:${pow.nonce}`)));
    expect(leadingZeroBits(d)).toBeGreaterThanOrEqual(4);
  });

  it('refuses to send nothing at all', async () => {
    const { calls } = mockApi({ [`GET /partner-answers/${TOKEN}`]: () => json(200, page()) });
    renderAt(<PartnerAnswerPage />, { route: `/partner/${TOKEN}`, path: '/partner/:token' });
    fireEvent.click(await screen.findByRole('button', { name: 'Verstuur mijn antwoorden' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/minstens één vraag/);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});

describe('RoundPage', () => {
  const lead = { ...ME, user: { ...ME.user, orgAdmin: false }, teams: [{ id: 7, name: 'Wijkteam Noord', role: 'team_lead' }] };
  const round = {
    id: 3, teamId: 7, teamName: 'Wijkteam Noord', title: 'Partners najaar', anonymous: true, closesAt: '2027-02-15', minAnswers: 5,
    status: 'open', answerCount: 4, openLink: false, rules: questions.rules, createdAt: '2027-01-15T08:00:00Z',
    invitations: [{ id: 11, kind: 'school', label: 'Basisschool' }],
    invitationCounts: { nieuw: 1, bewaard: 0, ingestuurd: 4, ingetrokken: 0 },
  };

  it('shows only the count below the minimum', async () => {
    mockApi({
      'GET /me': () => json(200, lead),
      'GET /partner-rounds/3': () => json(200, round),
      'GET /partner-rounds/3/results': () => json(200, { answerCount: 4, minAnswers: 5, visible: false }),
      'GET /teams/7/guideline': () => problem(404, 'Deze API-bron bestaat niet.'),
    });
    renderAt(<RoundPage />, { route: '/partners/rondes/3', path: '/partners/rondes/:roundId' });
    expect(await screen.findByText(/4 van de minstens 5 antwoorden zijn binnen/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    // anonymous: no status per link, but the lead may withdraw one
    expect(screen.queryByText(/ingestuurd$/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Trek de link van Basisschool in' })).toBeTruthy();
  });

  it('puts the partners beside the team’s own examples per rule, and copes without them', async () => {
    const results = {
      answerCount: 6, minAnswers: 5, visible: true, distinctive: ['Ze komen langs.'], missing: ['Meer terugkoppeling.'],
      rules: [
        { ruleKey: 'verbinding', name: 'Maak verbinding', herken: 5, soms: 1, niet: 0, examples: ['Samen op huisbezoek.'] },
        { ruleKey: 'vraag', name: 'Stel de vraag', herken: 2, soms: 3, niet: 1, examples: [] },
      ],
    };
    mockApi({
      'GET /me': () => json(200, lead),
      'GET /partner-rounds/3': () => json(200, { ...round, status: 'closed', answerCount: 6 }),
      'GET /partner-rounds/3/results': () => json(200, results),
      'GET /teams/7/guideline': () => json(200, { cells: [{ ruleKey: 'verbinding', partKey: 'buurt', count: 3 }] }),
    });
    renderAt(<RoundPage />, { route: '/partners/rondes/3', path: '/partners/rondes/:roundId' });
    const row = await screen.findByRole('row', { name: /Maak verbinding/ });
    await waitFor(() => expect(row.textContent).toContain('3 voorbeelden'));
    expect(row.textContent).toMatch(/5.*1.*0/);
    expect(screen.getByRole('row', { name: /Stel de vraag/ }).textContent).toContain('0 voorbeelden');
    expect(screen.getByText('Samen op huisbezoek.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sluit de ronde' })).toBeNull();  // closed
  });
});
