// The guideline pages, added to the app's routes with one line each.
import { Route } from 'react-router';
import { MatrixPage } from './MatrixPage';
import { MinePage } from './MinePage';
import { GuidelineHomePage, NationalPage, OrganisationPage } from './OtherPages';

export function guidelineRoutes(): React.ReactElement<typeof Route>[] {
  return [
    <Route key="gl" path="/vuistregels" element={<GuidelineHomePage />} />,
    <Route key="gl-matrix" path="/vuistregels/teams/:teamId" element={<MatrixPage />} />,
    <Route key="gl-mine" path="/vuistregels/teams/:teamId/mijn" element={<MinePage />} />,
    <Route key="gl-org" path="/vuistregels/organisatie" element={<OrganisationPage />} />,
    <Route key="gl-national" path="/vuistregels/landelijk" element={<NationalPage />} />,
  ];
}

export function guidelineAdminRoutes(): React.ReactElement<typeof Route>[] {
  return [];
}
