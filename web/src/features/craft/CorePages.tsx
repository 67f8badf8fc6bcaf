// The core of the craft (seed 002): its four parts to read, a member's response per part
// (past bij ons / mis ik iets / ik zou het anders zeggen, words needed for the last two,
// privacy-guarded, shared privately, with the team or nationally), and the team's view (from 5).
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { isPrivacyProblem, privacyConfirmedOf, problemOnValue, usePrivacyGuard, type PrivacyGuard } from '../privacy/usePrivacyGuard';
import { craftApi, FITS, SHARES, type Core, type CorePart, type CoreResponse, type Fit, type Share } from './api';
import { HiddenNotice, PartCountsCard, useTeamName } from './Parts';
import { paths } from './paths';

interface PartDraft { fit: Fit | null; text: string; share: Share }

function PartForm({ part, index, value, onChange, onGuard, error }: {
  part: CorePart; index: number; value: PartDraft; error?: string;
  onChange: (v: PartDraft) => void; onGuard: (g: PrivacyGuard) => void;
}) {
  const t = useT();
  const guard = usePrivacyGuard(value.text, (text) => onChange({ ...value, text }), { field: `responses[${index}].text` });
  useEffect(() => onGuard(guard));
  return (
    <section className="vk-cr-theme" aria-labelledby={`cr-core-${part.key}`}>
      <Heading level={2} id={`cr-core-${part.key}`} className="vk-cr-theme__title">{part.title}</Heading>
      <Paragraph>{part.text}</Paragraph>
      <ul>{part.questions.map((q) => <li key={q}>{q}</li>)}</ul>
      <fieldset className="vk-cr-fits">
        <legend>{t('craft.core.fitLegend', { part: part.title })}</legend>
        {FITS.map((f) => (
          <span key={f} className="vk-cr-fit">
            <input type="radio" id={`cr-fit-${part.key}-${f}`} name={`cr-fit-${part.key}`} checked={value.fit === f}
              onChange={() => onChange({ ...value, fit: f })} />
            <label htmlFor={`cr-fit-${part.key}-${f}`}>{t(`craft.core.fit.${f}`)}</label>
          </span>
        ))}
      </fieldset>
      {value.fit && value.fit !== 'past' && (
        <PrivacyTextarea id={`cr-text-${part.key}`} label={t(`craft.core.textLabel.${value.fit}`)} guard={guard} rows={3}
          maxLength={1000} required error={error} />
      )}
      {value.fit && (
        <fieldset className="vk-cr-fits">
          <legend>{t('craft.core.shareLegend')}</legend>
          {SHARES.map((s) => (
            <span key={s} className="vk-cr-fit">
              <input type="radio" id={`cr-sh-${part.key}-${s}`} name={`cr-sh-${part.key}`} checked={value.share === s}
                onChange={() => onChange({ ...value, share: s })} />
              <label htmlFor={`cr-sh-${part.key}-${s}`}>{t(`craft.core.share.${s}`)}</label>
            </span>
          ))}
        </fieldset>
      )}
    </section>
  );
}

function CoreForm({ teamId, core, mine }: { teamId: number; core: Core; mine: CoreResponse[] }) {
  const t = useT();
  const qc = useQueryClient();
  const [draft, setDraft] = useState<Record<string, PartDraft>>(() => {
    const d: Record<string, PartDraft> = {};
    for (const p of core.parts) {
      const m = mine.find((x) => x.partKey === p.key);
      d[p.key] = m ? { fit: m.fit, text: m.text, share: m.share } : { fit: null, text: '', share: 'prive' };
    }
    return d;
  });
  const guards = useRef<Record<string, PrivacyGuard>>({});
  const responses: CoreResponse[] = core.parts
    .filter((p) => draft[p.key].fit)
    .map((p) => ({ partKey: p.key, fit: draft[p.key].fit!, text: draft[p.key].fit === 'past' ? '' : draft[p.key].text.trim(), share: draft[p.key].share }));
  const save = useMutation({
    mutationFn: (confirmed: boolean) => craftApi.saveMyCore(teamId, responses, confirmed),
    onError: (e) => responses.forEach((r, i) => guards.current[r.partKey]?.applyProblem(problemOnValue(e, `responses[${i}].text`, r.text))),
    onSuccess: (data) => {
      qc.setQueryData(queryKeys.craft.myCore(teamId), data);
      void qc.invalidateQueries({ queryKey: queryKeys.craft.teamCore(teamId) });
    },
  });
  const missing = responses.find((r) => r.fit !== 'past' && !r.text);
  return (
    <form noValidate onSubmit={async (e) => {
      e.preventDefault();
      if (missing) return;
      const results = await Promise.all(responses.filter((r) => r.text).map((r) => guards.current[r.partKey].check()));
      if (results.some((r) => !r.canSave)) return;
      save.mutate(privacyConfirmedOf(...results));
    }}>
      {core.parts.map((p) => (
        <PartForm key={p.key} part={p} index={responses.findIndex((r) => r.partKey === p.key)} value={draft[p.key]}
          error={save.isIdle && missing?.partKey === p.key ? t('craft.core.textNeeded') : undefined}
          onGuard={(g) => { guards.current[p.key] = g; }}
          onChange={(v) => { setDraft((d) => ({ ...d, [p.key]: v })); save.reset(); }} />
      ))}
      <div className="vk-cr-savebar">
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending || responses.length === 0 || !!missing}>
          {t('craft.core.save')}
        </Button>
        {missing && <p className="vk-cr-savebar__progress">{t('craft.core.textNeeded')}</p>}
      </div>
      <div aria-live="polite">
        {save.isSuccess && <SuccessNotice>{t('craft.core.saved')} <RouterLink to={paths.core(teamId)}>{t('craft.core.teamTitle')}</RouterLink></SuccessNotice>}
      </div>
      {save.error && !isPrivacyProblem(save.error) && <ProblemAlert error={save.error} />}
    </form>
  );
}

export function CoreFillPage() {
  const t = useT();
  const teamId = Number(useParams().teamId);
  const teamName = useTeamName(teamId);
  const core = useQuery({ queryKey: queryKeys.craft.core(), queryFn: craftApi.core });
  const mine = useQuery({ queryKey: queryKeys.craft.myCore(teamId), queryFn: () => craftApi.myCore(teamId) });
  return (
    <>
      <PageHeading title={t('craft.core.fillTitle')} />
      <Paragraph>{t('craft.core.fillIntro', { team: teamName })}</Paragraph>
      {core.data && <Paragraph>{core.data.intro}</Paragraph>}
      {(core.isPending || mine.isPending) && <Loading />}
      <ProblemAlert error={core.error ?? mine.error} />
      {core.data && mine.data && <CoreForm teamId={teamId} core={core.data} mine={mine.data.responses} />}
    </>
  );
}

export function TeamCorePage() {
  const t = useT();
  const teamId = Number(useParams().teamId);
  const teamName = useTeamName(teamId);
  const view = useQuery({ queryKey: queryKeys.craft.teamCore(teamId), queryFn: () => craftApi.teamCore(teamId) });
  const v = view.data;
  return (
    <>
      <PageHeading title={t('craft.core.teamTitle')} />
      <Paragraph>{t('craft.core.teamIntro', { team: teamName })}</Paragraph>
      <ul className="vk-cr-links"><li><RouterLink to={paths.coreFill(teamId)}>{t('craft.home.coreFill')}</RouterLink></li></ul>
      {view.isPending && <Loading />}
      <ProblemAlert error={view.error} />
      {v && !v.visible && <HiddenNotice count={v.responders} min={v.minResponders} what="core" />}
      {v?.visible && (v.parts ?? []).map((p) => <PartCountsCard key={p.key} part={p} />)}
    </>
  );
}
