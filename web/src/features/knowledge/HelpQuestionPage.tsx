// A help question → which knowledge it needs, what you have of it and the advice (AdviceView).
// The text passes the privacy guard first; afterwards you confirm or correct what was recognised.
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { AdviceView } from './AdviceView';
import { askHelpQuestion } from './api';
import './knowledge.css';

export function HelpQuestionPage() {
  const t = useT();
  const teamId = Number(useParams().teamId);
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const guard = usePrivacyGuard(text, setText);
  const ask = useMutation({
    mutationFn: (confirmed: boolean) => askHelpQuestion(teamId, text, confirmed),
    onError: (e) => guard.applyProblem(e),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.knowledge.myQuestions() }),
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
