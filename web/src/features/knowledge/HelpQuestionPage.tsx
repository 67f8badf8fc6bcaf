// A help question → which knowledge it needs, what you have of it, the advice (yourself / with a
// duo partner / bring in a specialist), the best duo partner and external partners. The text
// passes the privacy guard first; afterwards you confirm or correct the recognised life domains.
import { Button, Checkbox, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { askHelpQuestion, confirmTags, fetchCatalogue, kkeys, type Advice } from './api';
import './knowledge.css';

function AdviceView({ teamId, advice }: { teamId: number; advice: Advice }) {
  const t = useT();
  const catalogue = useQuery({ queryKey: kkeys.catalogue, queryFn: fetchCatalogue });
  const domainName = (id: string) => catalogue.data?.domains.find((d) => d.id === id)?.name ?? id;
  const aspectName = (id: string) => advice.needed.find((n) => n.id === id)?.name ?? id;
  const groupName = (id: string) => catalogue.data?.groups.find((g) => g.id === id)?.name ?? id;
  const [domains, setDomains] = useState<Set<string>>(() => new Set(advice.recognised.domains.map((d) => d.id)));
  const confirm = useMutation({
    mutationFn: () => confirmTags(teamId, advice.id, { domains: [...domains], aspects: advice.recognised.aspects.map((a) => a.id), groups: advice.recognised.groups.map((g) => g.id) }),
  });
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
      <Heading level={3}>{t('knowledge.ask.recognised')}</Heading>
      <Paragraph>
        {t('knowledge.ask.domains')}: {advice.recognised.domains.map((d) => domainName(d.id)).join(', ') || t('common.none')}
        <br />
        {t('knowledge.ask.groups')}: {advice.recognised.groups.map((g) => groupName(g.id)).join(', ') || t('common.none')}
      </Paragraph>
      <Heading level={3}>{t('knowledge.ask.needed')}</Heading>
      {advice.needed.length === 0 ? (
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
      {advice.duo.length > 0 && (
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
      {advice.uncovered.length > 0 && (
        <>
          <Heading level={3}>{t('knowledge.ask.uncovered')}</Heading>
          <ul>
            {advice.uncovered.map((u) => (
              <li key={u}>
                {aspectName(u)}
                {advice.external.filter((e) => e.aspectId === u).map((e) => (
                  <span key={e.id}>
                    {' '}— {t('knowledge.ask.external', { organisation: e.organisation, role: e.role })}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          confirm.mutate();
        }}
      >
        <fieldset>
          <legend>{t('knowledge.ask.confirmLegend')}</legend>
          {(catalogue.data?.domains ?? []).map((d) => (
            <div key={d.id}>
              <Checkbox
                id={`tag-${d.id}`}
                checked={domains.has(d.id)}
                onChange={(e) => {
                  const next = new Set(domains);
                  if (e.target.checked) next.add(d.id);
                  else next.delete(d.id);
                  setDomains(next);
                }}
              />{' '}
              <label htmlFor={`tag-${d.id}`}>{d.name}</label>
            </div>
          ))}
        </fieldset>
        <ProblemAlert error={confirm.error} />
        {confirm.isSuccess && <SuccessNotice>{t('knowledge.ask.confirmed')}</SuccessNotice>}
        <Button type="submit" appearance="secondary-action-button" busy={confirm.isPending} disabled={confirm.isPending}>
          {t('knowledge.ask.confirm')}
        </Button>
      </form>
    </section>
  );
}

export function HelpQuestionPage() {
  const t = useT();
  const teamId = Number(useParams().teamId);
  const [text, setText] = useState('');
  const guard = usePrivacyGuard(text, setText);
  const ask = useMutation({
    mutationFn: (confirmed: boolean) => askHelpQuestion(teamId, text, confirmed),
    onError: (e) => guard.applyProblem(e),
  });
  return (
    <>
      <PageHeading title={t('knowledge.ask.title')} />
      <Paragraph>{t('knowledge.ask.intro')}</Paragraph>
      <form
        className="vk-kn-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const result = await guard.check();
          if (!result.canSave) return;
          ask.mutate(result.privacyConfirmed);
        }}
      >
        <PrivacyTextarea id="help-question" label={t('knowledge.ask.label')} guard={guard} required rows={5} maxLength={2000} />
        {ask.error && !guard.findings.length && <ProblemAlert error={ask.error} />}
        <div>
          <Button type="submit" appearance="primary-action-button" busy={ask.isPending} disabled={ask.isPending || !text.trim()}>
            {t('knowledge.ask.submit')}
          </Button>
        </div>
      </form>
      {ask.data && <AdviceView key={ask.data.id} teamId={teamId} advice={ask.data} />}
    </>
  );
}
