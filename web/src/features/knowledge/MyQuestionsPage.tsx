// Your own help questions, newest first: the text while it is kept, afterwards only the date and
// the confirmed tags (life domains, aspects, target groups); each one's advice can be reopened.
import { Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { ScrollTable } from '../../components/ScrollTable';
import { useT } from '../../i18n/I18nProvider';
import { fetchMyQuestions, type MyQuestion } from './api';
import './knowledge.css';
import { useDates } from '../../i18n/dates';

function TagList({ q }: { q: MyQuestion }) {
  const t = useT();
  if (q.tags.length === 0) return <>{t('common.none')}</>;
  return (
    <ul className="vk-kn-tags">
      {q.tags.map((tag) => (
        <li key={`${tag.kind}-${tag.id}`}>
          {t(`knowledge.mine.kind.${tag.kind}`)}: {tag.name}
        </li>
      ))}
    </ul>
  );
}

export function MyQuestionsPage() {
  const t = useT();
  const questions = useQuery({ queryKey: queryKeys.knowledge.myQuestions(), queryFn: fetchMyQuestions });
  const { date } = useDates();
  return (
    <>
      <PageHeading title={t('knowledge.mine.title')} />
      <Paragraph>{t('knowledge.mine.intro')}</Paragraph>
      {questions.isPending && <Loading />}
      <ProblemAlert error={questions.error} />
      {questions.data && questions.data.length === 0 && <Paragraph>{t('knowledge.mine.none')}</Paragraph>}
      {questions.data && questions.data.length > 0 && (
        <ScrollTable id="kn-mine" caption={t('knowledge.mine.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('knowledge.mine.date')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('knowledge.mine.question')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('knowledge.mine.tags')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('knowledge.mine.team')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('knowledge.plan.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {questions.data.map((q) => (
              <TableRow key={q.id}>
                <TableHeaderCell scope="row">{date(q.createdAt)}</TableHeaderCell>
                <TableCell>{q.text ?? <em>{t('knowledge.mine.expired')}</em>}</TableCell>
                <TableCell>
                  <TagList q={q} />
                  {!q.confirmed && q.tags.length > 0 && <> ({t('knowledge.mine.unconfirmed')})</>}
                </TableCell>
                <TableCell>{q.teamName}</TableCell>
                <TableCell>
                  <RouterLink to={`/kennis/teams/${q.teamId}/hulpvragen/${q.id}`}>
                    {t('knowledge.mine.open', { date: date(q.createdAt) })}
                  </RouterLink>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </>
  );
}
