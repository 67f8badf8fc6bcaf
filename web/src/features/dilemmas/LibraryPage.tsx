// A team's library of dilemmas by topic, with the printable card set and a way to propose one.
import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { dilemmasApi } from './api';
import { groupByTopic, sourceId } from './logic';
import { DilemmaView, useNames, useTeamName } from './Parts';
import { paths } from './paths';

export function LibraryPage() {
  const t = useT();
  const teamId = Number(useParams().teamId);
  const teamName = useTeamName(teamId);
  const names = useNames();
  const library = useQuery({ queryKey: queryKeys.dilemmas.library(teamId), queryFn: () => dilemmasApi.library(teamId) });
  const groups = groupByTopic(library.data ?? []);
  return (
    <>
      <PageHeading title={t('dilemmas.library.title', { team: teamName })} />
      <Paragraph>{t('dilemmas.library.intro')}</Paragraph>
      <ul className="vk-dl-linklist">
        <li>
          <Link href={dilemmasApi.cardsUrl(teamId)} download>{t('dilemmas.library.cards')}</Link>
        </li>
        <li><RouterLink to={paths.propose(teamId)}>{t('dilemmas.home.propose')}</RouterLink></li>
        <li><RouterLink to={paths.rounds(teamId)}>{t('dilemmas.home.rounds')}</RouterLink></li>
      </ul>
      {library.isPending && <Loading />}
      <ProblemAlert error={library.error} />
      {groups.length > 1 && (
        <nav aria-label={t('dilemmas.library.topics')} className="vk-dl-toc">
          <ul>
            {groups.map((g) => (
              <li key={g.topic}><a className="utrecht-link" href={`#topic-${g.topic}`}>{t(`dilemmas.topic.${g.topic}`)} ({g.items.length})</a></li>
            ))}
          </ul>
        </nav>
      )}
      {library.data && library.data.length === 0 && <Paragraph>{t('dilemmas.library.empty')}</Paragraph>}
      {groups.map((g) => (
        <section key={g.topic} aria-labelledby={`topic-${g.topic}`} className="vk-dl-topic">
          <Heading level={2} id={`topic-${g.topic}`}>{t(`dilemmas.topic.${g.topic}`)}</Heading>
          {g.items.map((d) => (
            <DilemmaView key={d.key} id={`dl-${d.key}`} d={d} names={names}
              meta={d.source !== 'starter' || d.edited ? <Paragraph className="vk-dl__source">{t(sourceId(d))}</Paragraph> : undefined} />
          ))}
        </section>
      ))}
    </>
  );
}
