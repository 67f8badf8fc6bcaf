// Guests (a partner, an outside facilitator) join with the code or QR code: no account, only
// this session. The join page is a page of its own (web/join.html, src/join/main.ts), small
// for a phone's first load (docs/adr/0012-first-load.md); the server answers /live/join with
// it. A link inside the app ("Opnieuw meedoen met de code") lands here: load that page.
import { useEffect } from 'react';
import { Loading } from '../../components/Feedback';

export function JoinPage() {
  useEffect(() => {
    window.location.replace(window.location.href);
  }, []);
  return <Loading />;
}
