// The form for a theme or a sub-theme of the codebook: title, description and the
// words the text engine suggests it by. A failed save keeps everything typed. The description
// may describe a case: it is a privacy-guarded field.
import { Button } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { collectErrors } from '../../components/FormErrors';
import { TextAreaField, TextField } from '../../components/fields';
import { serverFieldErrors } from '../../components/errors';
import { useForm } from '../../components/useForm';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { isPrivacyProblem, privacyBody, problemOnValue, usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { codeValues, validateCode, wordsOf, type CodeValues } from './adminForms';
import type { CodeInput, CraftTheme, Subtheme } from './api';

export function CodeForm({ prefix, initial, submitLabel, savedText, onSave, onDone, resetAfter = false }: {
  prefix: string;
  initial?: CraftTheme | Subtheme;
  submitLabel: string;
  savedText: string;
  onSave: (body: CodeInput) => Promise<unknown>;
  onDone: () => void;
  resetAfter?: boolean;
}) {
  const t = useT();
  const form = useForm<CodeValues>(codeValues(initial), validateCode);
  const description = usePrivacyGuard(form.values.description, (x) => form.setValue('description', x), { field: 'description' });
  const save = useMutation({
    mutationFn: ({ values: v, confirmed }: { values: CodeValues; confirmed: boolean }) =>
      onSave({ title: v.title.trim(), description: v.description.trim(), keywords: wordsOf(v.keywords), ...privacyBody(confirmed) }),
    onSuccess: () => {
      if (resetAfter) form.reset(codeValues());
      onDone();
    },
    onError: (error, { values }) => {
      form.showServerErrors(serverFieldErrors(error));
      description.applyProblem(problemOnValue(error, 'description', values.description));
    },
  });
  const submit = async (values: CodeValues) => {
    const r = await description.check();
    if (r.canSave) save.mutate({ values, confirmed: r.privacyConfirmed });
  };
  const { byField, summary } = collectErrors(t, ['title', 'description', 'keywords'], form.clientErrors, form.serverErrors,
    (f) => `${prefix}-${f}`);
  return (
    <>
      <ErrorSummary errors={summary} attempt={form.attempt} />
      {!isPrivacyProblem(save.error) && <ProblemAlert error={save.error} />}
      <form noValidate className="vk-form" onSubmit={form.handleSubmit((v) => void submit(v))}>
        <TextField id={`${prefix}-title`} label={t('codebook.field.title')} value={form.values.title} required
          onChange={(v) => form.setValue('title', v)} error={byField.title} autoComplete="off" />
        <PrivacyTextarea id={`${prefix}-description`} label={t('codebook.field.description')} guard={description}
          error={byField.description} rows={3} />
        <TextAreaField id={`${prefix}-keywords`} label={t('codebook.field.keywords')} description={t('codebook.field.keywordsHint')}
          value={form.values.keywords} onChange={(v) => form.setValue('keywords', v)} error={byField.keywords} rows={4} />
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>{submitLabel}</Button>
        {save.isSuccess && <SuccessNotice>{savedText}</SuccessNotice>}
      </form>
    </>
  );
}
