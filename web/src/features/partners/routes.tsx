// The partners pages, added to the app's routes with one line each.
import { Route } from 'react-router';
import { NewRoundPage, RoundPage, RoundsPage } from './LeadPages';
import { PartnerAnswerPage } from './PartnerPage';

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
