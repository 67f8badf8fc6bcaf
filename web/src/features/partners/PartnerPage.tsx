// The page a partner opens from a personal or open link: calm, phone-first, no account and
// no cookie. Per rule of the team's guideline "herken ik / soms / niet" and an optional
// example; then what the team does that others do not, and what they miss. A personal link
// saves and comes back until it is sent; an open link solves a small proof of work first.
// A link that no longer opens says why (used, closed, withdrawn, unknown).
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { useDates } from '../../i18n/dates';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { isPrivacyProblem, usePrivacyGuard, type PrivacyGuard } from '../privacy/usePrivacyGuard';
import { partnersApi, RECOGNITIONS, type Answers, type PartnerPage as Page, type Recognition } from './api';
import { answered, anyAnswer, emptyAnswers, goneReason, setExample, setRecognition, solveProofOfWork, type Gone } from './logic';
import './partners.css';

type Guards = React.MutableRefObject<Record<string, PrivacyGuard>>;

/** A guarded text of the partner; its guard is known to the form (for the save's refusal). */
function PartnerText({ id, field, label, value, onChange, guards, rows = 3 }: {
  id: string; field: string; label: string; value: string; onChange: (v: string) => void; guards: Guards; rows?: number;
}) {
  const guard = usePrivacyGuard(value, onChange, { field, precheck: false });
  guards.current[field] = guard;
  useEffect(() => () => { delete guards.current[field]; }, [guards, field]);
  return <PrivacyTextarea id={id} label={label} guard={guard} rows={rows} maxLength={2000} />;
}

export function GonePage({ reason }: { reason: Gone }) {
  const t = useT();
  return (
    <div className="vk-partner">
      <PageHeading title={t(`partners.gone.${reason}.title`)} />
      <Paragraph>{t(`partners.gone.${reason}.text`)}</Paragraph>
    </div>
  );
}

function ThankYou({ team }: { team: string }) {
  const t = useT();
  return (
    <div className="vk-partner">
      <PageHeading title={t('partners.answer.thanksTitle')} />
      <Paragraph>{t('partners.answer.thanksText', { team })}</Paragraph>
    </div>
  );
}

function PartnerForm({ token, page, open }: { token: string; page: Page; open: boolean }) {
  const t = useT();
  const dates = useDates();
  const q = page.questions;
  const [answers, setAnswers] = useState<Answers>(() => emptyAnswers(q, page.draft));
  const [savedAt, setSavedAt] = useState(false);
  const [empty, setEmpty] = useState(false);
  const guards = useRef<Record<string, PrivacyGuard>>({});
  const body = () => {
    const gs = Object.values(guards.current);
    const confirmed = gs.some((g) => g.findings.length > 0) && gs.every((g) => g.confirmed || g.findings.every((f) => f.refused));
    return { ...answers, ...(confirmed ? { privacyConfirmed: true } : {}) };
  };
  const onError = (e: unknown) => {
    if (isPrivacyProblem(e)) for (const g of Object.values(guards.current)) g.applyProblem(e);
  };
  const save = useMutation({
    mutationFn: () => partnersApi.save(token, body()),
    onSuccess: () => setSavedAt(true),
    onError,
  });
  const submit = useMutation({
    mutationFn: async () => {
      if (!open) return partnersApi.submit(token, body());
      const fresh = await partnersApi.openLink(token);  // a challenge of now, not of when the page opened
      const nonce = await solveProofOfWork(fresh.challenge ?? '', fresh.difficulty ?? 0);
      return partnersApi.submitOpen(token, { ...body(), proofOfWork: { challenge: fresh.challenge ?? '', nonce } });
    },
    onError,
  });
  if (submit.isSuccess) return <ThankYou team={page.team} />;
  const gone = goneReason(submit.error) ?? goneReason(save.error);
  if (gone) return <GonePage reason={gone} />;
  const err = submit.error ?? save.error;
  return (
    <div className="vk-partner">
      <PageHeading title={t('partners.answer.title', { team: page.team })} />
      <Paragraph className="vk-partner__intro">{t('partners.answer.intro', { team: page.team, organisation: page.organisation })}</Paragraph>
      <Paragraph className="vk-hint">
        {page.anonymous ? t('partners.answer.anonymous') : t('partners.answer.named', { label: page.label || t(`partners.kind.${page.kind ?? 'anders'}`) })}
        {' '}{t('partners.answer.closes', { date: dates.date(page.closesAt) })}
      </Paragraph>
      <form noValidate onSubmit={(e) => {
        e.preventDefault();
        setSavedAt(false);
        if (!anyAnswer(answers)) { setEmpty(true); return; }
        setEmpty(false);
        submit.mutate();
      }}>
        <Paragraph aria-live="polite" className="vk-partner__progress">{t('partners.answer.progress', { done: answered(answers), total: q.rules.length })}</Paragraph>
        {q.rules.map((rule, i) => {
          const a = answers.rules[i];
          return (
            <fieldset key={rule.ruleKey} className="vk-partner__rule">
              <legend><Heading level={2} className="vk-partner__rule-name">{rule.name}</Heading></legend>
              {rule.description && <Paragraph>{rule.description}</Paragraph>}
              <p className="vk-partner__question" id={`pa-q-${rule.ruleKey}`}>{q.recognise}</p>
              <div className="vk-partner__choices" role="group" aria-labelledby={`pa-q-${rule.ruleKey}`}>
                {RECOGNITIONS.map((r: Recognition) => (
                  <Button key={r} type="button" appearance={a.recognition === r ? 'primary-action-button' : 'secondary-action-button'}
                    aria-pressed={a.recognition === r}
                    onClick={() => setAnswers((x) => setRecognition(x, rule.ruleKey, a.recognition === r ? null : r))}>
                    {t(`partners.recognition.${r}`)}
                  </Button>
                ))}
              </div>
              <PartnerText id={`pa-ex-${rule.ruleKey}`} field={`rules[${i}].example`} label={q.example} value={a.example}
                onChange={(v) => setAnswers((x) => setExample(x, rule.ruleKey, v))} guards={guards} rows={2} />
            </fieldset>
          );
        })}
        <PartnerText id="pa-distinctive" field="distinctive" label={q.distinctive} value={answers.distinctive}
          onChange={(v) => setAnswers((x) => ({ ...x, distinctive: v }))} guards={guards} />
        <PartnerText id="pa-missing" field="missing" label={q.missing} value={answers.missing}
          onChange={(v) => setAnswers((x) => ({ ...x, missing: v }))} guards={guards} />
        <Paragraph className="vk-hint">{t('partners.answer.privacy')}</Paragraph>
        {empty && <Alert type="error" role="alert"><Paragraph>{t('partners.answer.empty')}</Paragraph></Alert>}
        {savedAt && <SuccessNotice>{t('partners.answer.saved')}</SuccessNotice>}
        {err && !isPrivacyProblem(err) ? <ProblemAlert error={err} /> : null}
        <div className="vk-partner__actions">
          <Button appearance="primary-action-button" type="submit" busy={submit.isPending} disabled={submit.isPending}>
            {submit.isPending && open ? t('partners.answer.checking') : t('partners.answer.submit')}
          </Button>
          {!open && (
            <Button appearance="secondary-action-button" type="button" busy={save.isPending} disabled={save.isPending}
              onClick={() => { setEmpty(false); save.mutate(); }}>
              {t('partners.answer.save')}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}

export function PartnerAnswerPage({ open = false }: { open?: boolean }) {
  const { token = '' } = useParams();
  const t = useT();
  const link = useQuery({
    queryKey: queryKeys.partners.link(token, open),
    queryFn: () => (open ? partnersApi.openLink(token) : partnersApi.link(token)),
    retry: false,
    refetchOnWindowFocus: false,
  });
  if (link.isPending) return <Loading />;
  if (link.isError) {
    const gone = goneReason(link.error);
    if (gone) return <GonePage reason={gone} />;
    return (
      <div className="vk-partner">
        <PageHeading title={t('partners.answer.errorTitle')} />
        <ProblemAlert error={link.error} />
      </div>
    );
  }
  return <PartnerForm token={token} page={link.data} open={open} />;
}
