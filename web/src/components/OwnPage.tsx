// A route with a page of its own (join.html, login.html; docs/adr/0012-first-load.md): the server
// answers its URL with that page, so a link inside the app loads it.
import { useEffect } from 'react';
import { toLogIn, type Arrival } from '../pages/handover';
import { Loading } from './Feedback';

export function OwnPage() {
  useEffect(() => {
    window.location.replace(window.location.href);
  }, []);
  return <Loading />;
}

/** To the log-in page, with what it should know (instead of the current page in the history). */
export function ToLogIn(arrival: Arrival) {
  useEffect(() => {
    toLogIn(arrival, { replace: true });
    // once, when shown
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return <Loading />;
}
