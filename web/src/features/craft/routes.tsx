// The craft pages, added to the app's routes with one line each.
import { Route } from 'react-router';
import { CraftAdminPage, NationalCraftPage } from './AdminPages';
import { CoreFillPage, TeamCorePage } from './CorePages';
import { FillPicturePage } from './FillPicturePage';
import { CraftHomePage, OrgCraftPage } from './HomePages';
import { DifferencesPage, TeamPicturePage } from './TeamPages';

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
