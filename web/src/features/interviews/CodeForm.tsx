// The form for a theme or a sub-theme of the codebook: title, description and the
// words the text engine suggests it by. A failed save keeps everything typed.
import { Button } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { collectErrors } from '../../components/FormErrors';
import { TextAreaField, TextField } from '../../components/fields';
import { serverFieldErrors } from '../../components/errors';
import { useForm } from '../../components/useForm';
import { useT } from '../../i18n/I18nProvider';
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
  const save = useMutation({
    mutationFn: (v: CodeValues) => onSave({ title: v.title.trim(), description: v.description.trim(), keywords: wordsOf(v.keywords) }),
    onSuccess: () => {
      if (resetAfter) form.reset(codeValues());
      onDone();
    },
    onError: (error) => form.showServerErrors(serverFieldErrors(error)),
  });
  const { byField, summary } = collectErrors(t, ['title', 'description', 'keywords'], form.clientErrors, form.serverErrors,
    (f) => `${prefix}-${f}`);
  return (
    <>
      <ErrorSummary errors={summary} attempt={form.attempt} />
      <ProblemAlert error={save.error} />
      <form noValidate className="vk-form" onSubmit={form.handleSubmit((v) => save.mutate(v))}>
        <TextField id={`${prefix}-title`} label={t('codebook.field.title')} value={form.values.title} required
          onChange={(v) => form.setValue('title', v)} error={byField.title} autoComplete="off" />
        <TextAreaField id={`${prefix}-description`} label={t('codebook.field.description')} value={form.values.description}
          onChange={(v) => form.setValue('description', v)} error={byField.description} />
        <TextAreaField id={`${prefix}-keywords`} label={t('codebook.field.keywords')} description={t('codebook.field.keywordsHint')}
          value={form.values.keywords} onChange={(v) => form.setValue('keywords', v)} error={byField.keywords} rows={4} />
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>{submitLabel}</Button>
        {save.isSuccess && <SuccessNotice>{savedText}</SuccessNotice>}
      </form>
    </>
  );
}
