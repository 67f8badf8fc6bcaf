// One of your help questions reopened: its text (or that it has expired), when you asked it, and
// the advice on what it needs, worked out again with your team's current knowledge.
import { Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { AdviceView } from './AdviceView';
import { fetchQuestion } from './api';
import './knowledge.css';
import { useDates } from '../../i18n/dates';

export function QuestionPage() {
  const dates = useDates();
  const t = useT();
  const params = useParams();
  const teamId = Number(params.teamId);
  const questionId = Number(params.questionId);
  const question = useQuery({ queryKey: queryKeys.knowledge.question(teamId, questionId), queryFn: () => fetchQuestion(teamId, questionId) });
  const asked = question.data?.createdAt ? dates.date(question.data.createdAt) : '';
  return (
    <>
      <PageHeading title={t('knowledge.question.title')} />
      <Paragraph>
        <RouterLink to="/kennis/hulpvragen">{t('knowledge.question.back')}</RouterLink>
      </Paragraph>
      {question.isPending && <Loading />}
      <ProblemAlert error={question.error} />
      {question.data && (
        <>
          <Paragraph>{t('knowledge.question.asked', { date: asked })}</Paragraph>
          {question.data.text ? <blockquote className="vk-kn-quote">{question.data.text}</blockquote> : <Paragraph><em>{t('knowledge.mine.expired')}</em></Paragraph>}
          <Paragraph>{t('knowledge.question.current')}</Paragraph>
          <AdviceView key={question.data.id} teamId={teamId} advice={question.data} />
        </>
      )}
    </>
  );
}
