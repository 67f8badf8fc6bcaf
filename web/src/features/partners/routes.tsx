// The partners pages, added to the app's routes with one line each.
import { Route } from 'react-router';
import { lazyPage } from '../../components/lazyPage';

const NewRoundPage = lazyPage(() => import('./LeadPages').then((m) => m.NewRoundPage));
const RoundPage = lazyPage(() => import('./LeadPages').then((m) => m.RoundPage));
const RoundsPage = lazyPage(() => import('./LeadPages').then((m) => m.RoundsPage));
const PartnerAnswerPage = lazyPage(() => import('./PartnerPage').then((m) => m.PartnerAnswerPage));

export function partnerRoutes(): React.ReactElement<typeof Route>[] {
  return [
    <Route key="pa-rounds" path="/partners/teams/:teamId" element={<RoundsPage />} />,
    <Route key="pa-new" path="/partners/teams/:teamId/nieuw" element={<NewRoundPage />} />,
    <Route key="pa-round" path="/partners/rondes/:roundId" element={<RoundPage />} />,
  ];
}

export function partnerAdminRoutes(): React.ReactElement<typeof Route>[] {
  return [];
}

/** Pages a partner opens from a link, without an account or cookie. */
export function partnerPublicRoutes(): React.ReactElement<typeof Route>[] {
  return [
    <Route key="pa-open" path="/partner/open/:token" element={<PartnerAnswerPage open />} />,
    <Route key="pa-answer" path="/partner/:token" element={<PartnerAnswerPage />} />,
  ];
}
