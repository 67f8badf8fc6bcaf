// The guideline pages, added to the app's routes with one line each.
import { Route } from 'react-router';
import { lazyPage } from '../../components/lazyPage';

const MatrixPage = lazyPage(() => import('./MatrixPage').then((m) => m.MatrixPage));
const MinePage = lazyPage(() => import('./MinePage').then((m) => m.MinePage));
const GuidelineHomePage = lazyPage(() => import('./OtherPages').then((m) => m.GuidelineHomePage));
const NationalPage = lazyPage(() => import('./OtherPages').then((m) => m.NationalPage));
const OrganisationPage = lazyPage(() => import('./OtherPages').then((m) => m.OrganisationPage));

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
