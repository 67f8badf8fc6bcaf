// The knowledge map's pages, registered in app/routes.tsx with one line.
import { Route } from 'react-router';
import { CataloguePage } from './CataloguePage';
import { HelpQuestionPage } from './HelpQuestionPage';
import { KnowledgeHomePage } from './KnowledgeHomePage';
import { MyQuestionsPage } from './MyQuestionsPage';
import { ProfilePage } from './ProfilePage';
import { QuestionPage } from './QuestionPage';
import { TeamMapPage } from './TeamMapPage';
import { TrainingPlanPage } from './TrainingPlanPage';

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
