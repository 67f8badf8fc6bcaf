// Afterwards: the facilitator's groups, the thoughts per rule and part, the sentences and the new verses, on
// screen and as PDF; and for each of your own contributions whether it may go to the
// team's common threads.
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18nProvider';
import { liveApi } from './api';
import { ContributionConsent } from './ContributionConsent';
import { useDates } from '../../i18n/dates';
import { DilemmaCard } from './DilemmaCard';

export function ReportPage() {
  const dates = useDates();
  const t = useT();
  const id = Number(useParams().sessionId);
  const report = useQuery({ queryKey: queryKeys.live.report(id), queryFn: () => liveApi.report(id) });
  if (report.isPending) return <Loading />;
  if (report.isError) return <ProblemAlert error={report.error} />;
  const r = report.data;
  const nameOf = (list: { key: string; name: string }[], key: string) => list.find((x) => x.key === key)?.name ?? key;
  const filled = r.cells.filter((c) => c.thoughts.length > 0);
  return (
    <>
      <PageHeading title={t('live.reportTitle', { title: r.session.title })} />
      <Paragraph>{r.session.teamName} · {dates.date(r.session.createdAt)}</Paragraph>
      {r.session.endedAt && (
        <Paragraph role="status">{t('live.endedAt', { date: dates.dateTime(r.session.endedAt) })}</Paragraph>
      )}
      <Paragraph><a href={`/api/v1/live/sessions/${id}/report.pdf`}>{t('live.downloadPdf')}</a></Paragraph>
      {r.conversation && (
        <section aria-labelledby="report-talk-heading" className="vk-live-talk">
          <Heading level={2} id="report-talk-heading">{t('talk.title')}</Heading>
          <DilemmaCard c={r.conversation} level={3} />
          {r.conversation.libraryKey && <Paragraph>{t('talk.linked', { key: r.conversation.libraryKey })}</Paragraph>}
          <Heading level={3}>{t('talk.questions')}</Heading>
          {r.conversation.questions.length === 0 ? <Paragraph>{t('talk.none')}</Paragraph> : <ul>{r.conversation.questions.map((q, i) => <li key={i}>{q}</li>)}</ul>}
          <Heading level={3}>{t('talk.perspectives')}</Heading>
          {r.conversation.perspectives.length === 0 ? <Paragraph>{t('talk.none')}</Paragraph> : (
            <ul>{r.conversation.perspectives.map((p) => (
              <li key={p.who}><strong>{p.who ? t(`talk.who.${p.who}`) : t('talk.otherPerspective')}</strong>
                <ul>{p.thoughts.map((x, i) => <li key={i}>{x}</li>)}</ul></li>
            ))}</ul>
          )}
          <Heading level={3}>{t('talk.whatWorks')}</Heading>
          {r.conversation.whatWorks.length === 0 ? <Paragraph>{t('talk.none')}</Paragraph> : <ul>{r.conversation.whatWorks.map((q, i) => <li key={i}>{q}</li>)}</ul>}
          <Heading level={3}>{t('talk.agreements')}</Heading>
          {r.conversation.agreements.length === 0 ? <Paragraph>{t('talk.noAgreements')}</Paragraph> : (
            <ul>{r.conversation.agreements.map((a) => (
              <li key={a.id}>{a.what}{a.who && ` — ${a.who}`} · {t('talk.lookBack', { date: dates.date(a.lookBackOn) })}{a.done && ` (${t('talk.done')})`}</li>
            ))}</ul>
          )}
        </section>
      )}
      {(r.groups ?? []).length > 0 && (
        <section aria-labelledby="report-groups-heading">
          <Heading level={2} id="report-groups-heading">{t('live.groupsTitle')}</Heading>
          {(r.groups ?? []).map((g) => (
            <section key={g.name}>
              <Heading level={3}>{g.name}</Heading>
              <ul>{g.thoughts.map((th, i) => <li key={i}>{th}</li>)}</ul>
            </section>
          ))}
        </section>
      )}
      {(!r.conversation || filled.length > 0) && <Heading level={2}>{t('live.perRule')}</Heading>}
      {!r.conversation && filled.length === 0 && <Paragraph>{t('live.nonePlaced')}</Paragraph>}
      {filled.map((c) => (
        <section key={`${c.rule}-${c.part}`}>
          <Heading level={3}>{nameOf(r.rules, c.rule)} × {nameOf(r.parts, c.part)}</Heading>
          <ul>{c.thoughts.map((th, i) => <li key={i}>{th}</li>)}</ul>
        </section>
      ))}
      {r.unplaced.length > 0 && (
        <>
          <Heading level={2}>{t('live.otherThoughts')}</Heading>
          <ul>{r.unplaced.map((th, i) => <li key={i}>{th}</li>)}</ul>
        </>
      )}
      {(!r.conversation || r.sentences.length > 0) && (<>
        <Heading level={2}>{t('live.sentences')}</Heading>
        <ul>{r.sentences.map((s, i) => <li key={i}>{s}</li>)}</ul>
      </>)}
      {(!r.conversation || r.verses.length > 0) && (<>
        <Heading level={2}>{t('live.verses')}</Heading>
        <ul className="vk-live-verses">{r.verses.map((s, i) => <li key={i}>{s}</li>)}</ul>
      </>)}
      <ContributionConsent sessionId={id} />
    </>
  );
}
