import { Suspense } from 'react';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { useMe, useSetupNeeded } from '../api/queries';
import { Loading, ProblemAlert } from '../components/Feedback';
import { lazyPage } from '../components/lazyPage';
import { OwnPage, ToLogIn } from '../components/OwnPage';
import { knowledgeRoutes } from '../features/knowledge/routes';
import { interviewAdminRoutes, interviewRoutes } from '../features/interviews/routes';
import { liveAdminRoutes, liveGuestRoutes, liveProjectorRoutes, liveRoutes } from '../features/live/routes';
import { craftAdminRoutes, craftRoutes } from '../features/craft/routes';
import { dilemmaAdminRoutes, dilemmaRoutes } from '../features/dilemmas/routes';
import { guidelineAdminRoutes, guidelineRoutes } from '../features/guideline/routes';
import { partnerAdminRoutes, partnerPublicRoutes, partnerRoutes } from '../features/partners/routes';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

const AccessibilityPage = lazyPage(() => import('../features/accessibility/AccessibilityPage').then((m) => m.AccessibilityPage));
const AccountPage = lazyPage(() => import('../features/account/AccountPage').then((m) => m.AccountPage));
const AuditLogPage = lazyPage(() => import('../features/audit/AuditLogPage').then((m) => m.AuditLogPage));
const AcceptInvitationPage = lazyPage(() => import('../features/invitations/AcceptInvitationPage').then((m) => m.AcceptInvitationPage));
const InvitationsPage = lazyPage(() => import('../features/invitations/InvitationsPage').then((m) => m.InvitationsPage));
const SsoSettingsPage = lazyPage(() => import('../features/auth/SsoSettingsPage').then((m) => m.SsoSettingsPage));
const MembersPage = lazyPage(() => import('../features/members/MembersPage').then((m) => m.MembersPage));
const SetupPage = lazyPage(() => import('../features/setup/SetupPage').then((m) => m.SetupPage));
const MyTeamsPage = lazyPage(() => import('../features/teams/MyTeamsPage').then((m) => m.MyTeamsPage));
const TeamPage = lazyPage(() => import('../features/teams/TeamPage').then((m) => m.TeamPage));

export const paths = {
  login: '/inloggen',
  setup: '/installatie',
  home: '/',
  team: (id: number) => `/teams/${id}`,
  members: '/leden',
  invitations: '/uitnodigingen',
  accept: (token: string) => `/uitnodiging/${token}`,
  account: '/account',
  accessibility: '/toegankelijkheid',
};

/** Only for logged-in people; others go to log-in (or to set-up on an empty installation). */
function RequireAuth({ admin = false }: { admin?: boolean }) {
  const me = useMe();
  const location = useLocation();
  const setup = useSetupNeeded(me.isSuccess && me.data === null);
  if (me.isPending) return <Loading />;
  if (me.isError) return <ProblemAlert error={me.error} />;
  if (me.data === null) {
    if (setup.isPending) return <Loading />;
    if (setup.data === true) return <Navigate to={paths.setup} replace />;
    return <ToLogIn from={location.pathname} />;
  }
  if (admin && !me.data.user.orgAdmin) return <NotFoundPage />;
  return <Outlet />;
}

export function AppRoutes() {
  // the layout's own Suspense keeps the header in view; this one is for pages without it (projector)
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        {/* the projector: no site chrome */}
        <Route element={<RequireAuth />}>{liveProjectorRoutes()}</Route>
        <Route element={<Layout />}>
          {/* a page of its own (web/login.html): RequireAuth and the log-out go there with ToLogIn, toLogIn */}
          <Route path={paths.login} element={<OwnPage />} />
          <Route path={paths.setup} element={<SetupPage />} />
          <Route path="/uitnodiging/:token" element={<AcceptInvitationPage />} />
          <Route path={paths.accessibility} element={<AccessibilityPage />} />
          {liveGuestRoutes()}
          {partnerPublicRoutes()}
          <Route element={<RequireAuth />}>
            <Route index element={<MyTeamsPage />} />
            <Route path="/teams/:teamId" element={<TeamPage />} />
            <Route path={paths.account} element={<AccountPage />} />
            {liveRoutes()}
            {knowledgeRoutes()}
            {interviewRoutes()}
            {dilemmaRoutes()}
            {craftRoutes()}
            {guidelineRoutes()}
            {partnerRoutes()}
          </Route>
          <Route element={<RequireAuth admin />}>
            <Route path={paths.members} element={<MembersPage />} />
            <Route path={paths.invitations} element={<InvitationsPage />} />
            <Route path="/auditlog" element={<AuditLogPage />} />
            <Route path="/inloggen-instellen" element={<SsoSettingsPage />} />
            {liveAdminRoutes()}
            {interviewAdminRoutes()}
            {dilemmaAdminRoutes()}
            {craftAdminRoutes()}
            {guidelineAdminRoutes()}
            {partnerAdminRoutes()}
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
