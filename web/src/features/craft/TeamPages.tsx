// The team's views: the picture per theme (from 3 responders; below that the count alone) with
// the team's shared lines and the words that stand out in its own interview fragments, and
// "waar verschillen we?": the statements with the widest spread first, to open a conversation.
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { craftApi } from './api';
import { HiddenNotice, ThemeCountsCard, useTeamName } from './Parts';
import { paths } from './paths';

export function TeamPicturePage() {
  const t = useT();
  const teamId = Number(useParams().teamId);
  const teamName = useTeamName(teamId);
  const view = useQuery({ queryKey: queryKeys.craft.team(teamId), queryFn: () => craftApi.team(teamId) });
  const v = view.data;
  return (
    <>
      <PageHeading title={t('craft.team.title')} />
      <Paragraph>{t('craft.team.intro', { team: teamName })}</Paragraph>
      <ul className="vk-cr-links">
        <li><RouterLink to={paths.fill(teamId)}>{t('craft.home.fill')}</RouterLink></li>
        <li><RouterLink to={paths.differences(teamId)}>{t('craft.differences.title')}</RouterLink></li>
      </ul>
      {view.isPending && <Loading />}
      <ProblemAlert error={view.error} />
      {v && !v.visible && <HiddenNotice count={v.responders} min={v.minResponders} what="picture" />}
      {v?.visible && (
        <>
          <Paragraph>{t('craft.team.responders', { count: v.responders })}</Paragraph>
          {(v.themes ?? []).map((th) => <ThemeCountsCard key={th.key} theme={th} />)}
        </>
      )}
    </>
  );
}

export function DifferencesPage() {
  const t = useT();
  const teamId = Number(useParams().teamId);
  const teamName = useTeamName(teamId);
  const view = useQuery({ queryKey: queryKeys.craft.differences(teamId), queryFn: () => craftApi.differences(teamId) });
  const v = view.data;
  return (
    <>
      <PageHeading title={t('craft.differences.title')} />
      <Paragraph>{t('craft.differences.intro', { team: teamName })}</Paragraph>
      {view.isPending && <Loading />}
      <ProblemAlert error={view.error} />
      {v && !v.visible && <HiddenNotice count={v.responders} min={v.minResponders} what="picture" />}
      {v?.visible && (
        <>
          <Heading level={2} id="cr-differences-heading">{t('craft.differences.caption', { count: v.responders })}</Heading>
          {/* A list, not a table: each statement reads whole on a phone and on a projector. */}
          <ol className="vk-cr-diff" aria-labelledby="cr-differences-heading">
            {(v.items ?? []).map((d) => (
              <li key={d.statementKey} className="vk-cr-diff__item">
                <span className="vk-cr-count__numbers">{d.themeTitle}</span>
                <p className="vk-cr-diff__text">{d.text}</p>
                <p className="vk-cr-diff__counts">
                  {t('craft.differences.counts', { herken: d.herken, anders: d.anders, current: d.current })}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
