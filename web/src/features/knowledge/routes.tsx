// The knowledge map's pages, registered in app/routes.tsx with one line.
import { Route } from 'react-router';
import { lazyPage } from '../../components/lazyPage';

const CataloguePage = lazyPage(() => import('./CataloguePage').then((m) => m.CataloguePage));
const HelpQuestionPage = lazyPage(() => import('./HelpQuestionPage').then((m) => m.HelpQuestionPage));
const KnowledgeHomePage = lazyPage(() => import('./KnowledgeHomePage').then((m) => m.KnowledgeHomePage));
const MyQuestionsPage = lazyPage(() => import('./MyQuestionsPage').then((m) => m.MyQuestionsPage));
const ProfilePage = lazyPage(() => import('./ProfilePage').then((m) => m.ProfilePage));
const QuestionPage = lazyPage(() => import('./QuestionPage').then((m) => m.QuestionPage));
const TeamMapPage = lazyPage(() => import('./TeamMapPage').then((m) => m.TeamMapPage));
const TrainingPlanPage = lazyPage(() => import('./TrainingPlanPage').then((m) => m.TrainingPlanPage));

export function knowledgeRoutes() {
  return [
    <Route key="kennis" path="/kennis" element={<KnowledgeHomePage />} />,
    <Route key="kennis-catalogus" path="/kennis/catalogus" element={<CataloguePage />} />,
    <Route key="kennis-profiel" path="/kennis/profiel" element={<ProfilePage />} />,
    <Route key="kennis-mijn-hulpvragen" path="/kennis/hulpvragen" element={<MyQuestionsPage />} />,
    <Route key="kennis-hulpvraag-terug" path="/kennis/teams/:teamId/hulpvragen/:questionId" element={<QuestionPage />} />,
    <Route key="kennis-hulpvraag" path="/kennis/teams/:teamId/hulpvraag" element={<HelpQuestionPage />} />,
    <Route key="kennis-kaart" path="/kennis/teams/:teamId/kaart" element={<TeamMapPage />} />,
    <Route key="kennis-plan" path="/kennis/teams/:teamId/scholingsplan" element={<TrainingPlanPage />} />,
  ];
}
