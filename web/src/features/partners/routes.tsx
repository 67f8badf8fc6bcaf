// The partners pages, added to the app's routes with one line each.
import { Route } from 'react-router';

export function partnerRoutes(): React.ReactElement<typeof Route>[] {
  return [];
}

export function partnerAdminRoutes(): React.ReactElement<typeof Route>[] {
  return [];
}

/** Pages a partner opens from a link, without an account or cookie. */
export function partnerPublicRoutes(): React.ReactElement<typeof Route>[] {
  return [];
}
