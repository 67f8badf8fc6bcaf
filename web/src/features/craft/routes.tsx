// The craft pages, added to the app's routes with one line each.
import { Route } from 'react-router';

export function craftRoutes(): React.ReactElement<typeof Route>[] {
  return [];
}

export function craftAdminRoutes(): React.ReactElement<typeof Route>[] {
  return [];
}
