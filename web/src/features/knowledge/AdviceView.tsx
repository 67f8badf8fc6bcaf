// The advice on one help question: what it needs, what you have of it, the advice (yourself / with
// a duo partner / with colleagues together / bring in a specialist; or nothing recognised, or the
// text expired), the best duo partner, who brings what, and external partners; below it the
// form to confirm or correct the recognition. Used right after asking and when a question is reopened.
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/queries';
import { useT } from '../../i18n/I18nProvider';
import { fetchCatalogue, type Advice } from './api';
import { RecognitionForm } from './RecognitionForm';
import './knowledge.css';

export function AdviceView({ teamId, advice: initial }: { teamId: number; advice: Advice }) {
  const t = useT();
  const [advice, setAdvice] = useState(initial);
  const catalogue = useQuery({ queryKey: queryKeys.knowledge.catalogue(), queryFn: fetchCatalogue });
  const domainName = (id: string) => catalogue.data?.domains.find((d) => d.id === id)?.name ?? id;
  const aspectName = (id: string) =>
    advice.needed.find((n) => n.id === id)?.name ?? catalogue.data?.domains.flatMap((d) => d.aspects).find((a) => a.id === id)?.name ?? id;
  const groupName = (id: string) => catalogue.data?.groups.find((g) => g.id === id)?.name ?? id;
  return (
    <section aria-labelledby="kn-advice">
      <Heading level={2} id="kn-advice">
        {t('knowledge.ask.adviceHeading')}
      </Heading>
      <div className="vk-kn-advice" role="status">
        <Paragraph>
          <strong>{t(`knowledge.advice.${advice.advice}`)}</strong>
        </Paragraph>
        <Paragraph>{t(`knowledge.advice.${advice.advice}.explain`)}</Paragraph>
      </div>
      <Heading level={3}>{t(advice.advice === 'expired' ? 'knowledge.ask.confirmedTags' : 'knowledge.ask.recognised')}</Heading>
      <Paragraph>
        {t('knowledge.ask.domains')}: {advice.recognised.domains.map((d) => domainName(d.id)).join(', ') || t('common.none')}
        <br />
        {t('knowledge.ask.aspects')}: {advice.recognised.aspects.map((a) => aspectName(a.id)).join(', ') || t('common.none')}
        <br />
        {t('knowledge.ask.groups')}: {advice.recognised.groups.map((g) => groupName(g.id)).join(', ') || t('common.none')}
      </Paragraph>
      {advice.advice !== 'expired' && <Heading level={3}>{t('knowledge.ask.needed')}</Heading>}
      {advice.advice === 'expired' ? null : advice.needed.length === 0 ? (
        <Paragraph>{t('knowledge.ask.nothingNeeded')}</Paragraph>
      ) : (
        <ul>
          {advice.needed.map((n) => (
            <li key={n.id}>
              {n.name}: {t('knowledge.ask.yourLevel', { level: t(`knowledge.level.${n.myLevel}`) })}
              {n.covered ? ` — ${t('knowledge.ask.youCover')}` : ''}
            </li>
          ))}
        </ul>
      )}
      {/* With colleagues together the page names who brings what; a list of "best duo partners"
          next to it would suggest one colleague is enough. */}
      {advice.duo.length > 0 && advice.advice !== 'colleagues' && (
        <>
          <Heading level={3}>{t('knowledge.ask.duo')}</Heading>
          <ol>
            {advice.duo.map((d) => (
              <li key={d.userId} data-testid="duo-partner">
                <strong>{d.name}</strong> ({d.discipline || t('common.none')}, {t(`experience.${d.experience}`)})
                {d.adds.length > 0 && <> — {t('knowledge.ask.adds', { aspects: d.adds.map(aspectName).join(', ') })}</>}
                {d.mentoring && <> — {t('knowledge.ask.mentoring')}</>}
              </li>
            ))}
          </ol>
        </>
      )}
      {(advice.together ?? []).length > 0 && (
        <>
          <Heading level={3}>{t('knowledge.ask.together')}</Heading>
          <ul>
            {advice.together.map((c) => (
              <li key={c.userId} data-testid="together-colleague">
                {t('knowledge.ask.brings', { name: c.name, aspects: c.aspects.map(aspectName).join(', ') })}
              </li>
            ))}
          </ul>
        </>
      )}
      {advice.uncovered.length > 0 && (
        <>
          <Heading level={3}>{t('knowledge.ask.uncovered')}</Heading>
          <ul>
            {advice.uncovered.map((u) => (
              <li key={u}>
                {aspectName(u)}
                {advice.external.filter((e) => (e.forAspect ?? e.aspectId) === u).map((e) => (
                  <span key={e.id}>
                    {' '}—{' '}
                    {t(e.match === 'domain' ? 'knowledge.ask.externalDomain' : 'knowledge.ask.external', {
                      organisation: e.organisation,
                      role: e.role,
                    })}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      {catalogue.data && <RecognitionForm teamId={teamId} advice={advice} catalogue={catalogue.data} onUpdated={setAdvice} />}
    </section>
  );
}
