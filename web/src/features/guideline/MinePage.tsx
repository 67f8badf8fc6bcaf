// A member's own examples and loadings: add an example from your work for a rule and a part
// of the assignment (private until you share it with the team), share or unshare, delete; and
// per rule, in your own words, how you load it. Every text passes the privacy guard.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { queryKeys, useMe } from '../../api/queries';
import { CheckboxField, SelectField } from '../../components/fields';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { isPrivacyProblem, privacyConfirmedOf, problemOnValue, usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { guidelineApi, type Matrix, type MyExample, type MyLoading, type Rule } from './api';
import { paths } from './paths';
import './guideline.css';

function AddExample({ teamId, m }: { teamId: number; m: Matrix }) {
  const t = useT();
  const qc = useQueryClient();
  const [search] = useSearchParams();
  const [ruleKey, setRule] = useState(search.get('regel') ?? '');
  const [partKey, setPart] = useState(search.get('onderdeel') ?? '');
  const [text, setText] = useState('');
  const [shared, setShared] = useState(false);
  const [saved, setSaved] = useState(false);
  const guard = usePrivacyGuard(text, (v) => { setText(v); setSaved(false); }, { field: 'text' });
  const add = useMutation({
    mutationFn: (confirmed: boolean) => guidelineApi.add(teamId, { ruleKey, partKey, text: text.trim(), shared }, confirmed),
    onError: (e) => guard.applyProblem(problemOnValue(e, 'text', text)),
    onSuccess: () => {
      setText('');
      setSaved(true);
      void qc.invalidateQueries({ queryKey: queryKeys.guideline.all() });
    },
  });
  const errors = isApiError(add.error) ? add.error.fieldErrors : {};
  return (
    <section aria-labelledby="gl-add">
      <Heading level={2} id="gl-add">{t('guideline.mine.addTitle')}</Heading>
      {saved && <SuccessNotice>{t(shared ? 'guideline.mine.savedShared' : 'guideline.mine.saved')}</SuccessNotice>}
      <form className="vk-gl-form" noValidate onSubmit={async (e) => {
        e.preventDefault();
        const r = await guard.check();
        if (!r.canSave) return;
        add.mutate(privacyConfirmedOf(r));
      }}>
        <SelectField id="gl-rule" label={t('guideline.mine.rule')} required value={ruleKey} onChange={setRule} placeholder={t('guideline.mine.choose')}
          options={m.rules.map((r) => ({ value: r.key, label: r.name }))} error={errors.ruleKey} />
        <SelectField id="gl-part" label={t('guideline.mine.part')} required value={partKey} onChange={setPart} placeholder={t('guideline.mine.choose')}
          options={m.parts.map((p) => ({ value: p.key, label: p.name }))} error={errors.partKey} />
        <PrivacyTextarea id="gl-text" label={t('guideline.mine.text')} description={t('guideline.mine.textHint')} guard={guard} required rows={4} maxLength={2000} error={errors.text} />
        <CheckboxField id="gl-shared" label={t('guideline.mine.share')} description={t('guideline.mine.shareHint')} checked={shared} onChange={setShared} />
        {add.error && !isPrivacyProblem(add.error) && <ProblemAlert error={add.error} />}
        <div>
          <Button type="submit" appearance="primary-action-button" busy={add.isPending} disabled={add.isPending || !ruleKey || !partKey || !text.trim()}>
            {t('guideline.mine.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function ExampleItem({ e, m }: { e: MyExample; m: Matrix }) {
  const t = useT();
  const qc = useQueryClient();
  const done = () => void qc.invalidateQueries({ queryKey: queryKeys.guideline.all() });
  const share = useMutation({ mutationFn: () => guidelineApi.change(e.id, { shared: !e.shared }), onSuccess: done });
  const remove = useMutation({ mutationFn: () => guidelineApi.remove(e.id), onSuccess: done });
  const rule = m.rules.find((r) => r.key === e.ruleKey)?.name ?? e.ruleKey;
  const part = m.parts.find((p) => p.key === e.partKey)?.name ?? e.partKey;
  return (
    <li>
      <p className="vk-gl-hint">{rule} · {part} · {t(e.shared ? 'guideline.mine.isShared' : 'guideline.mine.isPrivate')}
        {e.source === 'sessie' && <> · {t('guideline.matrix.fromSession')}</>}</p>
      <p>{e.text}</p>
      <ProblemAlert error={share.error ?? remove.error} />
      <div className="vk-gl-actions">
        <Button appearance="secondary-action-button" busy={share.isPending} onClick={() => share.mutate()}>
          {t(e.shared ? 'guideline.mine.unshare' : 'guideline.mine.shareNow')}
        </Button>
        <Button appearance="secondary-action-button" busy={remove.isPending} onClick={() => remove.mutate()}>{t('guideline.mine.delete')}</Button>
      </div>
    </li>
  );
}

function LoadingForm({ teamId, rule, mine }: { teamId: number; rule: Rule; mine: MyLoading | undefined }) {
  const t = useT();
  const qc = useQueryClient();
  const [text, setText] = useState(mine?.text ?? '');
  const [shared, setShared] = useState(mine?.shared ?? false);
  const [saved, setSaved] = useState(false);
  const guard = usePrivacyGuard(text, (v) => { setText(v); setSaved(false); }, { field: 'text' });
  const save = useMutation({
    mutationFn: (confirmed: boolean) => guidelineApi.setLoading(teamId, rule.key, text.trim(), shared, confirmed),
    onError: (e) => guard.applyProblem(problemOnValue(e, 'text', text)),
    onSuccess: () => { setSaved(true); void qc.invalidateQueries({ queryKey: queryKeys.guideline.all() }); },
  });
  return (
    <form className="vk-gl-form vk-gl-rulecard" noValidate onSubmit={async (e) => {
      e.preventDefault();
      const r = await guard.check();
      if (!r.canSave) return;
      save.mutate(privacyConfirmedOf(r));
    }}>
      <Heading level={3}>{rule.name}</Heading>
      <Paragraph className="vk-gl-description">{rule.description}</Paragraph>
      <PrivacyTextarea id={`gl-load-${rule.key}`} label={t('guideline.loadings.field', { rule: rule.name })} guard={guard} rows={3} maxLength={2000} />
      <CheckboxField id={`gl-load-shared-${rule.key}`} label={t('guideline.loadings.share')} checked={shared} onChange={(v) => { setShared(v); setSaved(false); }} />
      {save.error && !isPrivacyProblem(save.error) && <ProblemAlert error={save.error} />}
      {saved && <p role="status">{t(text.trim() ? 'guideline.loadings.saved' : 'guideline.loadings.cleared')}</p>}
      <div><Button type="submit" appearance="secondary-action-button" busy={save.isPending}>{t('guideline.loadings.save')}</Button></div>
    </form>
  );
}

export function MinePage() {
  const t = useT();
  const teamId = Number(useParams().teamId);
  const me = useMe();
  const teamName = me.data?.teams.find((x) => x.id === teamId)?.name ?? '';
  const matrix = useQuery({ queryKey: queryKeys.guideline.matrix(teamId), queryFn: () => guidelineApi.matrix(teamId) });
  const mine = useQuery({ queryKey: queryKeys.guideline.mine(teamId), queryFn: () => guidelineApi.mine(teamId) });
  const m = matrix.data;
  return (
    <>
      <PageHeading title={t('guideline.mine.title')} />
      <Paragraph>{t('guideline.mine.intro', { team: teamName })}</Paragraph>
      <Paragraph><RouterLink to={paths.matrix(teamId)}>{t('guideline.mine.toMatrix')}</RouterLink></Paragraph>
      {(matrix.isPending || mine.isPending) && <Loading />}
      <ProblemAlert error={matrix.error ?? mine.error} />
      {m && <AddExample teamId={teamId} m={m} />}
      {m && mine.data && (
        <>
          <section aria-labelledby="gl-my-examples">
            <Heading level={2} id="gl-my-examples">{t('guideline.mine.examples', { n: mine.data.examples.length })}</Heading>
            {mine.data.examples.length === 0 ? <Paragraph>{t('guideline.mine.none')}</Paragraph> : (
              <ul className="vk-gl-mine">
                {mine.data.examples.map((e) => <ExampleItem key={e.id} e={e} m={m} />)}
              </ul>
            )}
          </section>
          <section aria-labelledby="gl-my-loadings">
            <Heading level={2} id="gl-my-loadings">{t('guideline.mine.loadings')}</Heading>
            <Paragraph>{t('guideline.mine.loadingsIntro')}</Paragraph>
            {m.rules.map((r) => <LoadingForm key={r.key} teamId={teamId} rule={r} mine={mine.data.loadings.find((l) => l.ruleKey === r.key)} />)}
          </section>
        </>
      )}
    </>
  );
}
