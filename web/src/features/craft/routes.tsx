// The craft pages, added to the app's routes with one line each.
import { Route } from 'react-router';
import { lazyPage } from '../../components/lazyPage';

const CraftAdminPage = lazyPage(() => import('./AdminPages').then((m) => m.CraftAdminPage));
const NationalCraftPage = lazyPage(() => import('./AdminPages').then((m) => m.NationalCraftPage));
const CoreFillPage = lazyPage(() => import('./CorePages').then((m) => m.CoreFillPage));
const TeamCorePage = lazyPage(() => import('./CorePages').then((m) => m.TeamCorePage));
const FillPicturePage = lazyPage(() => import('./FillPicturePage').then((m) => m.FillPicturePage));
const CraftHomePage = lazyPage(() => import('./HomePages').then((m) => m.CraftHomePage));
const OrgCraftPage = lazyPage(() => import('./HomePages').then((m) => m.OrgCraftPage));
const DifferencesPage = lazyPage(() => import('./TeamPages').then((m) => m.DifferencesPage));
const TeamPicturePage = lazyPage(() => import('./TeamPages').then((m) => m.TeamPicturePage));

export function craftRoutes(): React.ReactElement<typeof Route>[] {
  return [
    <Route key="cr" path="/vak/beeld" element={<CraftHomePage />} />,
    <Route key="cr-fill" path="/vak/teams/:teamId/beeld/invullen" element={<FillPicturePage />} />,
    <Route key="cr-team" path="/vak/teams/:teamId/beeld" element={<TeamPicturePage />} />,
    <Route key="cr-diff" path="/vak/teams/:teamId/verschillen" element={<DifferencesPage />} />,
    <Route key="cr-org" path="/vak/organisatie" element={<OrgCraftPage />} />,
    <Route key="cr-core" path="/vak/teams/:teamId/kern" element={<TeamCorePage />} />,
    <Route key="cr-core-fill" path="/vak/teams/:teamId/kern/invullen" element={<CoreFillPage />} />,
    <Route key="cr-national" path="/vak/landelijk" element={<NationalCraftPage />} />,
  ];
}

export function craftAdminRoutes(): React.ReactElement<typeof Route>[] {
  return [<Route key="cr-admin" path="/vak/beheer" element={<CraftAdminPage />} />];
}
