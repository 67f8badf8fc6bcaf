// The dilemma pages, added to the app's routes with one line each (members, organisation admin).
import { Route } from 'react-router';
import { AdminPage, DilemmaEditPage } from './AdminPage';
import { DilemmasHomePage } from './DilemmasHomePage';
import { LibraryPage } from './LibraryPage';
import { OrgRankingPage } from './OrgRankingPage';
import { ProposalsPage } from './ProposalsPage';
import { ProposePage } from './ProposePage';
import { ResultsPage } from './ResultsPage';
import { RoundsPage } from './RoundsPage';
import { VotePage } from './VotePage';

export function dilemmaRoutes() {
  return [
    <Route key="dl" path="/dilemmas" element={<DilemmasHomePage />} />,
    <Route key="dl-library" path="/dilemmas/teams/:teamId" element={<LibraryPage />} />,
    <Route key="dl-propose" path="/dilemmas/teams/:teamId/voorstellen/nieuw" element={<ProposePage />} />,
    <Route key="dl-proposals" path="/dilemmas/teams/:teamId/voorstellen" element={<ProposalsPage />} />,
    <Route key="dl-rounds" path="/dilemmas/teams/:teamId/stemrondes" element={<RoundsPage />} />,
    <Route key="dl-vote" path="/dilemmas/stemrondes/:roundId" element={<VotePage />} />,
    <Route key="dl-results" path="/dilemmas/stemrondes/:roundId/uitslag" element={<ResultsPage />} />,
    <Route key="dl-org" path="/dilemmas/ranglijst" element={<OrgRankingPage />} />,
  ];
}

export function dilemmaAdminRoutes() {
  return [
    <Route key="dl-admin" path="/dilemmas/beheer" element={<AdminPage />} />,
    <Route key="dl-admin-new" path="/dilemmas/beheer/nieuw" element={<DilemmaEditPage />} />,
    <Route key="dl-admin-edit" path="/dilemmas/beheer/:dilemmaKey" element={<DilemmaEditPage />} />,
  ];
}
