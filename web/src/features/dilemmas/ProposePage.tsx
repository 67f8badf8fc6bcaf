// A member proposes a dilemma from practice: the heart of it (title, the tension, both choices
// and what each costs) and a note. Every text passes the privacy guard; the team lead or the
// supervisor looks at it before it joins the team's library.
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { queryKeys } from '../../api/queries';
import { ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { isPrivacyProblem, privacyConfirmedOf, problemOnValue, usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { dilemmasApi } from './api';
import { proposalInput } from './logic';
import { useTeamName } from './Parts';
import { paths } from './paths';

const EMPTY = { title: '', tension: '', aChoice: '', aCost: '', bChoice: '', bCost: '', note: '' };

export function ProposePage() {
  const t = useT();
  const teamId = Number(useParams().teamId);
  const teamName = useTeamName(teamId);
  const qc = useQueryClient();
  const [v, setV] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const set = (k: keyof typeof EMPTY) => (value: string) => { setV((old) => ({ ...old, [k]: value })); setSent(false); };
  const guards = {
    title: usePrivacyGuard(v.title, set('title'), { field: 'title' }),
    tension: usePrivacyGuard(v.tension, set('tension'), { field: 'tension' }),
    aChoice: usePrivacyGuard(v.aChoice, set('aChoice'), { field: 'a.choice' }),
    aCost: usePrivacyGuard(v.aCost, set('aCost'), { field: 'a.cost' }),
    bChoice: usePrivacyGuard(v.bChoice, set('bChoice'), { field: 'b.choice' }),
    bCost: usePrivacyGuard(v.bCost, set('bCost'), { field: 'b.cost' }),
    note: usePrivacyGuard(v.note, set('note'), { field: 'note' }),
  };
  const propose = useMutation({
    mutationFn: (confirmed: boolean) => dilemmasApi.propose(teamId, proposalInput(v), v.note.trim(), confirmed),
    onError: (e) => {
      for (const [k, g] of Object.entries(guards)) g.applyProblem(problemOnValue(e, g.field, v[k as keyof typeof EMPTY]));
    },
    onSuccess: () => {
      setV(EMPTY);
      setSent(true);
      void qc.invalidateQueries({ queryKey: queryKeys.dilemmas.proposals(teamId) });
      window.setTimeout(() => noticeRef.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus(), 0);
    },
  });
  const errors = isApiError(propose.error) ? propose.error.fieldErrors : {};
  const ready = v.title.trim() && v.tension.trim() && v.aChoice.trim() && v.bChoice.trim();
  return (
    <>
      <PageHeading title={t('dilemmas.propose.title')} />
      <Paragraph>{t('dilemmas.propose.intro', { team: teamName })}</Paragraph>
      <div ref={noticeRef}>
        {sent && (
          <SuccessNotice>
            <span tabIndex={-1}>{t('dilemmas.propose.sent')}</span>{' '}
            <RouterLink to={paths.proposals(teamId)}>{t('dilemmas.home.myProposals')}</RouterLink>
          </SuccessNotice>
        )}
      </div>
      <form
        className="vk-dl-form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const results = await Promise.all(Object.values(guards).map((g) => g.check()));
          if (results.some((r) => !r.canSave)) return;
          propose.mutate(privacyConfirmedOf(...results));
        }}
      >
        <PrivacyTextarea id="dl-title" label={t('dilemmas.form.title')} guard={guards.title} singleLine required maxLength={120} error={errors.title} />
        <PrivacyTextarea id="dl-tension" label={t('dilemmas.form.tension')} description={t('dilemmas.form.tensionHint')} guard={guards.tension} required rows={3} maxLength={400} error={errors.tension} />
        <fieldset className="vk-dl-fieldset">
          <legend>{t('dilemmas.view.sideA')}</legend>
          <PrivacyTextarea id="dl-a-choice" label={t('dilemmas.form.choiceA')} guard={guards.aChoice} singleLine required maxLength={400} error={errors['a.choice']} />
          <PrivacyTextarea id="dl-a-cost" label={t('dilemmas.form.costA')} guard={guards.aCost} rows={2} maxLength={400} error={errors['a.cost']} />
        </fieldset>
        <fieldset className="vk-dl-fieldset">
          <legend>{t('dilemmas.view.sideB')}</legend>
          <PrivacyTextarea id="dl-b-choice" label={t('dilemmas.form.choiceB')} guard={guards.bChoice} singleLine required maxLength={400} error={errors['b.choice']} />
          <PrivacyTextarea id="dl-b-cost" label={t('dilemmas.form.costB')} guard={guards.bCost} rows={2} maxLength={400} error={errors['b.cost']} />
        </fieldset>
        <PrivacyTextarea id="dl-note" label={t('dilemmas.propose.note')} description={t('dilemmas.propose.noteHint')} guard={guards.note} rows={3} maxLength={1000} error={errors.note} />
        {propose.error && !isPrivacyProblem(propose.error) && <ProblemAlert error={propose.error} />}
        <div>
          <Button type="submit" appearance="primary-action-button" busy={propose.isPending} disabled={propose.isPending || !ready}>
            {t('dilemmas.propose.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
