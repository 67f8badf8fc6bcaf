// The interview part's pages, added to the app's routes with one line.
import { Route } from 'react-router';
import { lazyPage } from '../../components/lazyPage';

const CodebookPage = lazyPage(() => import('./CodebookPage').then((m) => m.CodebookPage));
const DeckPage = lazyPage(() => import('./DeckPage').then((m) => m.DeckPage));
const DecksPage = lazyPage(() => import('./DecksPage').then((m) => m.DecksPage));
const InterviewModePage = lazyPage(() => import('./InterviewModePage').then((m) => m.InterviewModePage));
const InterviewsPage = lazyPage(() => import('./InterviewsPage').then((m) => m.InterviewsPage));
const OrgThreadsPage = lazyPage(() => import('./OrgThreadsPage').then((m) => m.OrgThreadsPage));
const TeamThreadsPage = lazyPage(() => import('./TeamThreadsPage').then((m) => m.TeamThreadsPage));
const ZodatjesPage = lazyPage(() => import('./ZodatjesPage').then((m) => m.ZodatjesPage));

export function interviewRoutes() {
  return [
    <Route key="iv" path="/vakgesprekken" element={<InterviewsPage />} />,
    <Route key="iv-mode" path="/vakgesprekken/:interviewId" element={<InterviewModePage />} />,
    <Route key="zodatjes" path="/zodatjes" element={<ZodatjesPage />} />,
    <Route key="threads" path="/rode-draden" element={<OrgThreadsPage />} />,
    <Route key="team-threads" path="/teams/:teamId/rode-draden" element={<TeamThreadsPage />} />,
  ];
}

/** The organisation admin's pages: own card decks and the codebook. */
export function interviewAdminRoutes() {
  return [
    <Route key="iv-decks" path="/vakgesprekken/kaartensets" element={<DecksPage />} />,
    <Route key="iv-deck" path="/vakgesprekken/kaartensets/:deckId" element={<DeckPage />} />,
    <Route key="iv-codebook" path="/vakgesprekken/codeboek" element={<CodebookPage />} />,
  ];
}
