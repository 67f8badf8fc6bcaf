// The starting page (the picture's intro and, per team, what you can do) and the
// organisation's view of the picture and the core (only teams with at least 5 responders).
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { queryKeys, useMe } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { craftApi } from './api';
import { HiddenNotice, PartCountsCard, ThemeCountsCard } from './Parts';
import { paths } from './paths';

/** The team's one page for the municipality, as a PDF download (the server decides what is on it). */
export function OnsVakLink({ teamId }: { teamId: number }) {
  const t = useT();
  return (
    <Paragraph>
      <a href={`/api/v1/teams/${teamId}/ons-vak.pdf`} download className="vk-ons-vak-link">{t('craft.onsVak.link')}</a>{' '}
      <span className="vk-hint">{t('craft.onsVak.text')}</span>
    </Paragraph>
  );
}

export function CraftHomePage() {
  const t = useT();
  const me = useMe();
  const picture = useQuery({ queryKey: queryKeys.craft.picture(), queryFn: craftApi.picture });
  return (
    <>
      <PageHeading title={t('craft.home.title')} />
      <Paragraph>{t('craft.home.intro')}</Paragraph>
      {picture.data && <Paragraph>{picture.data.intro}</Paragraph>}
      <ProblemAlert error={picture.error} />
      <ul className="vk-cr-links">
        <li><RouterLink to={paths.organisation}>{t('craft.org.title')}</RouterLink></li>
        {me.data?.user.orgAdmin && <li><RouterLink to={paths.admin}>{t('craft.admin.title')}</RouterLink></li>}
        {me.data?.user.orgAdmin && (
          <li><a href="/api/v1/organisation/ons-vak.pdf" download className="vk-ons-vak-link">{t('craft.onsVak.organisation')}</a></li>
        )}
        <li><RouterLink to={paths.national}>{t('craft.national.title')}</RouterLink></li>
      </ul>
      {(me.data?.teams ?? []).map((team) => (
        <section key={team.id} aria-labelledby={`cr-team-${team.id}`}>
          <Heading level={2} id={`cr-team-${team.id}`}>{team.name}</Heading>
          <ul className="vk-cr-links">
            <li><RouterLink to={paths.fill(team.id)}>{t('craft.home.fill')}</RouterLink></li>
            <li><RouterLink to={paths.team(team.id)}>{t('craft.team.title')}</RouterLink></li>
            <li><RouterLink to={paths.differences(team.id)}>{t('craft.differences.title')}</RouterLink></li>
            <li><RouterLink to={paths.coreFill(team.id)}>{t('craft.home.coreFill')}</RouterLink></li>
            <li><RouterLink to={paths.core(team.id)}>{t('craft.core.teamTitle')}</RouterLink></li>
            <li><RouterLink to={`/vuistregels/teams/${team.id}`}>{t('guideline.hub.label')}</RouterLink></li>
            <li><RouterLink to={`/partners/teams/${team.id}`}>{t('team.hub.partners')}</RouterLink></li>
          </ul>
          <OnsVakLink teamId={team.id} />
        </section>
      ))}
      {me.data && me.data.teams.length === 0 && <Paragraph>{t('craft.home.noTeams')}</Paragraph>}
    </>
  );
}

export function OrgCraftPage() {
  const t = useT();
  const picture = useQuery({ queryKey: queryKeys.craft.orgPicture(), queryFn: craftApi.organisation });
  const core = useQuery({ queryKey: queryKeys.craft.orgCore(), queryFn: craftApi.orgCore });
  return (
    <>
      <PageHeading title={t('craft.org.title')} />
      <Paragraph>{t('craft.org.intro')}</Paragraph>
      {(picture.isPending || core.isPending) && <Loading />}
      <ProblemAlert error={picture.error ?? core.error} />
      <section aria-labelledby="cr-org-picture">
        <Heading level={2} id="cr-org-picture">{t('craft.org.picture')}</Heading>
        {picture.data && !picture.data.visible && <HiddenNotice count={picture.data.teams} min={picture.data.minTeamResponders} what="teams" />}
        {picture.data?.visible && (
          <>
            <Paragraph>{t('craft.org.teams', { count: picture.data.teams })}</Paragraph>
            {(picture.data.themes ?? []).map((th) => <ThemeCountsCard key={th.key} theme={th} level={3} />)}
          </>
        )}
      </section>
      <section aria-labelledby="cr-org-core">
        <Heading level={2} id="cr-org-core">{t('craft.org.core')}</Heading>
        {core.data && !core.data.visible && <HiddenNotice count={core.data.teams} min={core.data.minTeamResponders} what="teams" />}
        {core.data?.visible && (core.data.parts ?? []).map((p) => <PartCountsCard key={p.key} part={p} level={3} />)}
      </section>
    </>
  );
}
