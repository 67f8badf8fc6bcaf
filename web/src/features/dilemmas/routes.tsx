// The dilemma pages, added to the app's routes with one line each (members, organisation admin).
import { Route } from 'react-router';
import { lazyPage } from '../../components/lazyPage';

const AdminPage = lazyPage(() => import('./AdminPage').then((m) => m.AdminPage));
const DilemmaEditPage = lazyPage(() => import('./AdminPage').then((m) => m.DilemmaEditPage));
const DilemmasHomePage = lazyPage(() => import('./DilemmasHomePage').then((m) => m.DilemmasHomePage));
const LibraryPage = lazyPage(() => import('./LibraryPage').then((m) => m.LibraryPage));
const OrgRankingPage = lazyPage(() => import('./OrgRankingPage').then((m) => m.OrgRankingPage));
const ProposalsPage = lazyPage(() => import('./ProposalsPage').then((m) => m.ProposalsPage));
const ProposePage = lazyPage(() => import('./ProposePage').then((m) => m.ProposePage));
const ResultsPage = lazyPage(() => import('./ResultsPage').then((m) => m.ResultsPage));
const RoundsPage = lazyPage(() => import('./RoundsPage').then((m) => m.RoundsPage));
const VotePage = lazyPage(() => import('./VotePage').then((m) => m.VotePage));

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
