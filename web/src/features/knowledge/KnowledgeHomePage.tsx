// The knowledge map's starting page: your own profile, and per team the help question, the
// team map and the training plan.
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../../api/queries';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import './knowledge.css';

export function KnowledgeHomePage() {
  const t = useT();
  const me = useMe();
  return (
    <>
      <PageHeading title={t('knowledge.home.title')} />
      <Paragraph>{t('knowledge.home.intro')}</Paragraph>
      <ul className="vk-kn-links">
        <li>
          <RouterLink to="/kennis/profiel">{t('knowledge.home.profile')}</RouterLink>
        </li>
        <li>
          <RouterLink to="/kennis/hulpvragen">{t('knowledge.mine.title')}</RouterLink>
        </li>
        {me.data?.user.orgAdmin && (
          <li>
            <RouterLink to="/kennis/catalogus">{t('knowledge.catalogue.title')}</RouterLink>
          </li>
        )}
      </ul>
      {(me.data?.teams ?? []).map((team) => (
        <section key={team.id} aria-labelledby={`kn-team-${team.id}`}>
          <Heading level={2} id={`kn-team-${team.id}`}>
            {team.name}
          </Heading>
          <ul className="vk-kn-links">
            <li>
              <RouterLink to={`/kennis/teams/${team.id}/hulpvraag`}>{t('knowledge.home.ask')}</RouterLink>
            </li>
            <li>
              <RouterLink to={`/kennis/teams/${team.id}/kaart`}>{t('knowledge.home.map')}</RouterLink>
            </li>
            <li>
              <RouterLink to={`/kennis/teams/${team.id}/scholingsplan`}>{t('knowledge.home.plan')}</RouterLink>
            </li>
          </ul>
        </section>
      ))}
    </>
  );
}
