// Every form with free text that may describe a resident renders PrivacyTextarea, and a save the
// server refuses (422 problem+json with findings, UTF-8 byte offsets) keeps what the person typed
// in the field, shows the findings there and offers the one-click placeholder. The check while
// typing finds nothing here, so the refusal shown is the server's own.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, ME, mockApi, problem, renderAt, type Call } from '../../test/utils';
import { HelpQuestionPage } from '../knowledge/HelpQuestionPage';
import { PartnersSection } from '../knowledge/PartnersSection';
import { TrainingPlanPage } from '../knowledge/TrainingPlanPage';
import { InterviewModePage } from '../interviews/InterviewModePage';
import { TeamThreadsPage } from '../interviews/TeamThreadsPage';
import { ZodatjesPage } from '../interviews/ZodatjesPage';
import { ParticipantPage } from '../live/ParticipantPage';
import { CodebookPage } from '../interviews/CodebookPage';
import { DeckPage } from '../interviews/DeckPage';
import { InviteForm } from '../invitations/InviteForm';
import { MembersPage } from '../members/MembersPage';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** The server's finding for `needle` in `text` (as sent), in UTF-8 byte offsets. */
function finding(field: string, text: string, needle: string, kind = 'name', placeholder = '[naam]') {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in ${text}`);
  const start = bytes(text.slice(0, i));
  return { field, kind, start, end: start + bytes(needle), text: needle, placeholder, refused: kind === 'bsn' || kind === 'iban' };
}

const refusal = (findings: unknown[]) =>
  problem(422, 'Er staan mogelijk gegevens van een inwoner in.', { findings });

// "é" and "ë" before the name: byte offsets differ from string indices
const TYPED = 'Café-overleg: Zoë belde met Jan Jansen over de schulden.';
const FIXED = 'Café-overleg: Zoë belde met [naam] over de schulden.';

const noFindings = () => json(200, { findings: [], refused: false });

const interview = (myRole: 'interviewer' | 'interviewee') => ({
  id: 5, purpose: 'collegial', teamId: 7, teamName: 'Team Noord', interviewerId: 1, interviewerName: 'Anna de Vries',
  intervieweeId: 2, intervieweeName: 'Bo Jansen', myRole, deckId: 1, parentId: null, createdAt: '2026-11-01T10:00:00Z', completedAt: null,
  cards: [{ id: 11, group: 'opening', groupTitle: 'Opening', title: 'Kennismaken', quote: '', questions: ['Wie ben je?'], prompts: [] }],
  notes: [], sharedFragments: [],
});

const planItem = {
  id: 3, aspectId: 'schuldhulpverlening', aspectName: 'Schuldhulpverlening', domainId: 'inkomen', priority: 1, mentorId: null,
  mentorName: '', targetLevel: 'gezel', targetDate: '2027-06-01', note: '', learners: [], progress: 0,
};

/** An own deck with one card, to add cards to. */
const ownDeck = {
  id: 4, name: 'Onze set', starter: false, cardCount: 1,
  cards: [{ id: 21, group: 'kern', groupTitle: 'Kern', title: 'Het vak', quote: '', questions: ['Wat doe je?'], prompts: [] }],
};
const deckHandlers = (field: string) => ({
  'GET /card-decks/4': () => json(200, ownDeck),
  // the server checks each question and prompt on its own ("questions[1]"), trimmed
  'POST /card-decks/4/cards': (c: Call) => {
    const b = c.body as Record<string, string | string[]>;
    if (field === 'quote') return refusal([finding('quote', b.quote as string, 'Jan Jansen')]);
    const list = b[field] as string[];
    const i = list.findIndex((q) => q.includes('Jan Jansen'));
    return refusal([finding(`${field}[${i}]`, list[i], 'Jan Jansen')]);
  },
});
const fillCard = (questions = true) => () => {
  fireEvent.change(screen.getByLabelText('Titel van de kaart'), { target: { value: 'De buurt' } });
  if (questions) fireEvent.change(screen.getByLabelText('Vragen'), { target: { value: 'Wat zie je?' } });
};

const theme = {
  key: 'verbinden', title: 'Verbinden', description: '', keywords: ['netwerk'],
  subthemes: [{ id: 8, title: 'Buurtnetwerk', description: '', keywords: [], retired: false, confirmedCount: 0 }],
};
const codeRefusal = (c: Call) => refusal([finding('description', (c.body as { description: string }).description, 'Jan Jansen')]);

const member = { id: 2, name: 'Bo Jansen', email: 'bo@wijkteam.nl', discipline: '', experience: 'gezel', orgAdmin: false, teams: [] };
const disciplineRefusal = (c: Call) => refusal([finding('discipline', (c.body as { discipline: string }).discipline, 'Jan Jansen')]);

/** A fake live socket: a welcome on open; every submission of a thought is refused like the server does. */
function fakeSocket(field: string) {
  class FakeSocket {
    static OPEN = 1;
    readyState = 0;
    onopen: (() => void) | null = null;
    onmessage: ((m: { data: string }) => void) | null = null;
    onclose: (() => void) | null = null;
    constructor() {
      setTimeout(() => {
        this.readyState = 1;
        this.onopen?.();
        this.onmessage?.({ data: JSON.stringify({
          type: 'welcome',
          session: { id: 3, title: 'Dagdeel', teamId: 7, teamName: 'Team Noord', songUrl: '', teamVerses: [],
            programme: [{ kind: 'interview', title: 'Interview over het vak', prompt: 'Wat hoor je?', minutes: 10 }],
            guideline: { rules: [], parts: [] } },
          you: { name: 'Anna de Vries', facilitator: false, guest: false },
        }) });
      }, 0);
    }
    send(raw: string) {
      const f = JSON.parse(raw);
      if (f.type !== 'submit') return;
      const text = String(f.data.text);
      setTimeout(() => this.onmessage?.({ data: JSON.stringify({
        type: 'error', clientId: f.clientId, status: 422, title: 'Er staan mogelijk gegevens van een inwoner in.',
        findings: [finding(field, text, 'Jan Jansen')],
      }) }), 0);
    }
    close() {}
  }
  vi.stubGlobal('WebSocket', FakeSocket);
}

interface Case {
  name: string;
  ui: ReactElement;
  route?: string;
  path?: string;
  /** The field's label, and the button that saves. */
  label: string | RegExp;
  submit: string | RegExp;
  handlers: Record<string, (c: Call) => Response | Promise<Response>>;
  /** The body field the server names in its findings, and the text it received. */
  field: string;
  sent?: (typed: string) => string;
  /** Other fields a save needs. */
  fill?: () => void;
  setup?: () => void;
  /** What to type (default TYPED), e.g. a second line of a list typed one per line. */
  typed?: string;
  /** Which field of that label (the codebook shows one description per form). */
  nth?: number;
  /** Steps after the page loads, before the field is there (open an editor). */
  open?: () => Promise<void>;
}

const cases: Case[] = [
  {
    name: 'help question',
    ui: <HelpQuestionPage />, route: '/kennis/teams/7/hulpvraag', path: '/kennis/teams/:teamId/hulpvraag',
    label: 'De hulpvraag', submit: 'Advies vragen', field: 'text',
    handlers: { 'POST /teams/7/help-questions': (c) => refusal([finding('text', (c.body as { text: string }).text, 'Jan Jansen')]) },
  },
  {
    name: 'interview note (saves as you type)',
    ui: <InterviewModePage />, route: '/vakgesprekken/5', path: '/vakgesprekken/:interviewId',
    label: 'Aantekeningen bij deze kaart', submit: '', field: 'text',
    handlers: {
      'GET /interviews/5': () => json(200, interview('interviewer')),
      'PUT /interviews/5/notes/11': (c) => refusal([finding('text', (c.body as { text: string }).text, 'Jan Jansen')]),
    },
  },
  {
    name: 'shared fragment',
    ui: <InterviewModePage />, route: '/vakgesprekken/5', path: '/vakgesprekken/:interviewId',
    label: 'Wat wil je delen?', submit: 'Deel met het team', field: 'text',
    handlers: {
      'GET /interviews/5': () => json(200, interview('interviewee')),
      'PUT /interviews/5/notes/11': () => json(200, { cardId: 11, text: '' }),
      'POST /interviews/5/fragments': (c) => refusal([finding('text', (c.body as { text: string }).text, 'Jan Jansen')]),
    },
  },
  {
    name: 'zodatje ("zodat …", saved as one text)',
    ui: <ZodatjesPage />, label: 'zodat …', submit: 'Bewaar', field: 'text',
    fill: () => fireEvent.change(screen.getByLabelText('Ik …'), { target: { value: 'ik bel elke week' } }),
    handlers: {
      'GET /zodatjes': () => json(200, { items: [] }),
      'POST /zodatjes': (c) => refusal([finding('text', (c.body as { text: string }).text, 'Jan Jansen')]),
    },
  },
  {
    name: 'craft statement ("Het is mijn vak om…")',
    ui: <TeamThreadsPage />, route: '/teams/7/rode-draden', path: '/teams/:teamId/rode-draden',
    label: 'Jouw zin: het is mijn vak om…', submit: 'Opslaan', field: 'text',
    handlers: {
      'GET /teams/7/threads': () => json(200, { themes: [], fragments: [], timeline: [] }),
      'GET /teams/7/interview-chain': () => json(200, { people: [], links: [], tags: [] }),
      'GET /craft-themes': () => json(200, { items: [] }),
      'GET /teams/7/craft-statements': () => json(200, { items: [] }),
      'PUT /teams/7/craft-statements/me': (c) => refusal([finding('text', (c.body as { text: string }).text, 'Jan Jansen')]),
    },
  },
  {
    name: 'training-plan note',
    ui: <TrainingPlanPage />, route: '/kennis/teams/7/scholingsplan', path: '/kennis/teams/:teamId/scholingsplan',
    label: 'Notitie bij Schuldhulpverlening', submit: 'Schuldhulpverlening opslaan', field: 'note',
    handlers: {
      'GET /teams/7/training-plan': () => json(200, { exists: true, createdAt: '2026-11-01T10:00:00Z', items: [planItem] }),
      'PATCH /teams/7/training-plan/items/3': (c) => refusal([finding('note', (c.body as { note: string }).note, 'Jan Jansen')]),
    },
  },
  {
    name: 'partner organisation',
    ui: <PartnersSection teamId={7} />, label: 'Organisatie', submit: 'Partner toevoegen', field: 'organisation',
    fill: () => {
      fireEvent.change(screen.getByLabelText('Kennisaspect'), { target: { value: 'verslaving' } });
      fireEvent.change(screen.getByLabelText('Rol'), { target: { value: 'preventiewerker' } });
    },
    handlers: {
      'GET /knowledge/catalogue': () => json(200, {
        competences: [], groups: [],
        domains: [{ id: 'zorg', name: 'Zorg', description: '', aspects: [{ id: 'verslaving', name: 'Verslaving', domainId: 'zorg', kind: 'specifiek', description: '', terms: [], retired: false, local: false, sources: [] }] }],
      }),
      'GET /teams/7/partners': () => json(200, { items: [] }),
      'POST /teams/7/partners': (c) => refusal([finding('organisation', (c.body as { organisation: string }).organisation, 'Jan Jansen')]),
    },
  },
  {
    name: 'card quote (deck editor)',
    ui: <DeckPage />, route: '/vakgesprekken/kaartensets/4', path: '/vakgesprekken/kaartensets/:deckId',
    label: 'Citaat (mag leeg)', submit: 'Voeg de kaart toe', field: 'quote', fill: fillCard(), handlers: deckHandlers('quote'),
  },
  {
    name: 'card question, the second line ("questions[1]")',
    ui: <DeckPage />, route: '/vakgesprekken/kaartensets/4', path: '/vakgesprekken/kaartensets/:deckId',
    label: 'Vragen', submit: 'Voeg de kaart toe', field: 'questions', fill: fillCard(false), handlers: deckHandlers('questions'),
    typed: `Wie ben je?\n\n  ${TYPED}`,
  },
  {
    name: 'card follow-up prompt ("prompts[0]")',
    ui: <DeckPage />, route: '/vakgesprekken/kaartensets/4', path: '/vakgesprekken/kaartensets/:deckId',
    label: 'Doorvragen', submit: 'Voeg de kaart toe', field: 'prompts', fill: fillCard(), handlers: deckHandlers('prompts'),
  },
  {
    name: 'codebook theme description',
    ui: <CodebookPage />, label: 'Beschrijving', nth: 0, submit: 'Bewaar het thema', field: 'description',
    handlers: { 'GET /craft-themes': () => json(200, { items: [theme] }), 'PUT /craft-themes/verbinden': codeRefusal },
  },
  {
    name: 'codebook sub-theme description (a new sub-theme)',
    ui: <CodebookPage />, label: 'Beschrijving', nth: 1, submit: 'Voeg het subthema toe', field: 'description',
    fill: () => fireEvent.change(screen.getAllByLabelText('Titel')[1], { target: { value: 'Sleutelfiguren' } }),
    handlers: { 'GET /craft-themes': () => json(200, { items: [theme] }), 'POST /craft-themes/verbinden/subthemes': codeRefusal },
  },
  {
    name: 'codebook sub-theme description (editing one)',
    ui: <CodebookPage />, label: 'Beschrijving', nth: 1, submit: 'Bewaar het subthema', field: 'description',
    open: async () => void fireEvent.click(await screen.findByRole('button', { name: 'Wijzig Buurtnetwerk' })),
    handlers: { 'GET /craft-themes': () => json(200, { items: [theme] }), 'PUT /craft-themes/verbinden/subthemes/8': codeRefusal },
  },
  {
    name: 'member discipline (members admin)',
    ui: <MembersPage />, label: 'Discipline', submit: 'Opslaan', field: 'discipline',
    open: async () => void fireEvent.click(await screen.findByRole('button', { name: 'Bo Jansen bewerken' })),
    handlers: { 'GET /members': () => json(200, { items: [member] }), 'PATCH /members/2': disciplineRefusal },
  },
  {
    name: 'invitation discipline',
    ui: <InviteForm teams={[{ id: 7, name: 'Team Noord', memberCount: 3, myRole: 'team_lead' }]} onCreated={() => {}} />,
    label: 'Discipline', submit: 'Uitnodiging maken', field: 'discipline',
    fill: () => {
      fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Bo Jansen' } });
      fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'bo@wijkteam.nl' } });
      fireEvent.change(screen.getByLabelText('Ervaring'), { target: { value: 'gezel' } });
    },
    handlers: { 'POST /invitations': disciplineRefusal },
  },
  {
    name: 'live thought (over the session socket)',
    ui: <ParticipantPage />, route: '/live/sessies/3', path: '/live/sessies/:sessionId',
    label: 'Wat hoor je, wat denk je?', submit: 'Versturen', field: 'text',
    setup: () => fakeSocket('text'),
    handlers: {},
  },
];

describe('every resident-text field', () => {
  it.each(cases)('$name: PrivacyTextarea, and a refusal keeps the text and offers the placeholder', async (c) => {
    c.setup?.();
    const { calls } = mockApi({
      'GET /me': () => json(200, ME),
      'POST /privacy-checks': noFindings,
      ...c.handlers,
    });
    renderAt(c.ui, { route: c.route ?? '/', path: c.path ?? '/' });

    await c.open?.();
    const typed = c.typed ?? TYPED;
    const fixed = typed.replace(TYPED, FIXED);
    const field = (await screen.findAllByLabelText(c.label))[c.nth ?? 0] as HTMLInputElement | HTMLTextAreaElement;
    expect(field.closest('.vk-privacy-field'), 'rendered by PrivacyTextarea').not.toBeNull();
    c.fill?.();
    fireEvent.change(field, { target: { value: typed } });
    if (c.submit) fireEvent.click(await screen.findByRole('button', { name: c.submit }));

    // the server's refusal: shown in this field, with the text as typed
    const list = await screen.findByRole('list', { name: 'Gevonden gegevens' });
    expect(within(list).getByText('“Jan Jansen”')).toBeTruthy();
    expect(field.value).toBe(typed);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await screen.findByLabelText('Dit zijn geen gegevens van een inwoner')).toBeTruthy();
    expect(calls.some((x) => x.method !== 'GET' && x.path !== '/privacy-checks') || c.name.startsWith('live')).toBe(true);

    // one click: the placeholder in place of the name (byte offsets mapped onto the string)
    fireEvent.click(screen.getByRole('button', { name: 'Vervang door [naam]: Jan Jansen' }));
    await waitFor(() => expect(field.value).toBe(fixed));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Gevonden gegevens' })).toBeNull());
  });
});
