// The dilemmas' starting page: per team the library, the vote and proposing a dilemma; the
// organisation's ranking, and for an admin the library to edit.
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../../api/queries';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { canLead } from './logic';
import { paths } from './paths';
import './dilemmas.css';

export function DilemmasHomePage() {
  const t = useT();
  const me = useMe();
  return (
    <>
      <PageHeading title={t('dilemmas.home.title')} />
      <Paragraph>{t('dilemmas.home.intro')}</Paragraph>
      <ul className="vk-dl-linklist">
        <li><RouterLink to={paths.orgRanking}>{t('dilemmas.org.title')}</RouterLink></li>
        {me.data?.user.orgAdmin && <li><RouterLink to={paths.admin}>{t('dilemmas.admin.title')}</RouterLink></li>}
      </ul>
      {(me.data?.teams ?? []).map((team) => (
        <section key={team.id} aria-labelledby={`dl-team-${team.id}`}>
          <Heading level={2} id={`dl-team-${team.id}`}>{team.name}</Heading>
          <ul className="vk-dl-linklist">
            <li><RouterLink to={paths.library(team.id)}>{t('dilemmas.home.library')}</RouterLink></li>
            <li><RouterLink to={paths.rounds(team.id)}>{t('dilemmas.home.rounds')}</RouterLink></li>
            <li><RouterLink to={paths.propose(team.id)}>{t('dilemmas.home.propose')}</RouterLink></li>
            <li><RouterLink to="/live?programma=wat-werkt-gesprek">{t('dilemmas.home.conversation')}</RouterLink></li>
            <li>
              <RouterLink to={paths.proposals(team.id)}>
                {canLead(me.data, team.id) ? t('dilemmas.home.review') : t('dilemmas.home.myProposals')}
              </RouterLink>
            </li>
          </ul>
        </section>
      ))}
      {me.data && me.data.teams.length === 0 && <Paragraph>{t('dilemmas.home.noTeams')}</Paragraph>}
    </>
  );
}
