// The live team session's pages, registered in app/routes.tsx with one line each.
import { Route } from 'react-router';
import { lazyPage } from '../../components/lazyPage';
import { OwnPage } from '../../components/OwnPage';

const FacilitatorPage = lazyPage(() => import('./FacilitatorPage').then((m) => m.FacilitatorPage));
const LiveHomePage = lazyPage(() => import('./LiveHomePage').then((m) => m.LiveHomePage));
const LiveSettingsPage = lazyPage(() => import('./LiveSettingsPage').then((m) => m.LiveSettingsPage));
const ParticipantPage = lazyPage(() => import('./ParticipantPage').then((m) => m.ParticipantPage));
const ReportPage = lazyPage(() => import('./ReportPage').then((m) => m.ReportPage));
const TeamSongPage = lazyPage(() => import('./TeamSongPage').then((m) => m.TeamSongPage));

/** For members (inside RequireAuth). */
export function liveRoutes() {
  return [
    <Route key="live" path="/live" element={<LiveHomePage />} />,
    <Route key="live-deelnemen" path="/live/sessies/:sessionId" element={<ParticipantPage />} />,
    <Route key="live-begeleiden" path="/live/sessies/:sessionId/begeleiden" element={<FacilitatorPage />} />,
    <Route key="live-verslag" path="/live/sessies/:sessionId/verslag" element={<ReportPage />} />,
    <Route key="live-lied" path="/live/teams/:teamId/lied" element={<TeamSongPage />} />,
  ];
}

/**
 * The projector: the facilitator's screen without the site's header, footer and menu (inside
 * RequireAuth, outside the Layout; the page brings its own main landmark).
 */
export function liveProjectorRoutes() {
  return [<Route key="live-projectie" path="/live/sessies/:sessionId/projectie" element={<FacilitatorPage projector />} />];
}

/** For organisation admins (inside RequireAuth admin). */
export function liveAdminRoutes() {
  return [<Route key="live-instellingen" path="/live/instellingen" element={<LiveSettingsPage />} />];
}

/** For guests without an account (outside RequireAuth). */
export function liveGuestRoutes() {
  return [
    // the guest's join page is a page of its own (web/join.html)
    <Route key="live-join" path="/live/join" element={<OwnPage />} />,
    <Route key="live-gast" path="/live/gast/:sessionId" element={<ParticipantPage guest />} />,
  ];
}
