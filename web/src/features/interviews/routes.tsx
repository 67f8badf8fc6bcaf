// The interview part's pages, added to the app's routes with one line.
import { Route } from 'react-router';
import { CodebookPage } from './CodebookPage';
import { DeckPage } from './DeckPage';
import { DecksPage } from './DecksPage';
import { InterviewModePage } from './InterviewModePage';
import { InterviewsPage } from './InterviewsPage';
import { OrgThreadsPage } from './OrgThreadsPage';
import { TeamThreadsPage } from './TeamThreadsPage';
import { ZodatjesPage } from './ZodatjesPage';

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
