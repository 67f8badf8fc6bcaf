// The guideline pages, added to the app's routes with one line each.
import { Route } from 'react-router';

export function guidelineRoutes(): React.ReactElement<typeof Route>[] {
  return [];
}

export function guidelineAdminRoutes(): React.ReactElement<typeof Route>[] {
  return [];
}
