// Add or edit a card of an own deck: group (or a new one), title, quote, the questions
// and the follow-up prompts one per line. A failed save keeps everything typed. The quote,
// questions and prompts may describe a case: they are privacy-guarded fields (the server names
// a finding in the n-th question "questions[n]"; it is shown on that line of the textarea).
import { Button } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ProblemAlert } from '../../components/Feedback';
import { collectErrors } from '../../components/FormErrors';
import { SelectField, TextField } from '../../components/fields';
import { serverFieldErrors } from '../../components/errors';
import { useForm } from '../../components/useForm';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { isPrivacyProblem, privacyBody, privacyConfirmedOf, problemOnValue, usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { cardBody, cardValues, NEW_GROUP, validateCard, type CardValues, type Group } from './adminForms';
import { interviewsApi, type Card } from './api';

const FIELDS = ['group', 'groupTitle', 'title', 'quote', 'questions', 'prompts'];

export function CardForm({ deckId, card, groups, prefix, onDone }: {
  deckId: number;
  card?: Card;
  groups: Group[];
  prefix: string;
  onDone: (saved: Card) => void;
}) {
  const t = useT();
  const initial = cardValues(card, groups.find((g) => g.key !== 'opening')?.key ?? '');
  const form = useForm<CardValues>(initial, validateCard);
  const v = form.values;
  const quote = usePrivacyGuard(v.quote, (x) => form.setValue('quote', x), { field: 'quote' });
  const questions = usePrivacyGuard(v.questions, (x) => form.setValue('questions', x), { field: 'questions' });
  const prompts = usePrivacyGuard(v.prompts, (x) => form.setValue('prompts', x), { field: 'prompts' });
  const save = useMutation({
    mutationFn: ({ values, confirmed }: { values: CardValues; confirmed: boolean }) => {
      const body = { ...cardBody(values), ...privacyBody(confirmed) };
      return card ? interviewsApi.putCard(deckId, card.id, body) : interviewsApi.addCard(deckId, body);
    },
    onSuccess: (saved) => {
      if (!card) form.reset(initial);
      onDone(saved);
    },
    onError: (error, { values }) => {
      form.showServerErrors(serverFieldErrors(error));
      // a refusal keeps the texts as typed and shows each finding in its field (on its line)
      quote.applyProblem(problemOnValue(error, 'quote', values.quote));
      questions.applyProblem(problemOnValue(error, 'questions', values.questions));
      prompts.applyProblem(problemOnValue(error, 'prompts', values.prompts));
    },
  });
  const submit = async (values: CardValues) => {
    const rs = [await quote.check(), await questions.check(), await prompts.check()];
    if (rs.every((r) => r.canSave)) save.mutate({ values, confirmed: privacyConfirmedOf(...rs) });
  };
  const { byField, summary } = collectErrors(t, FIELDS, form.clientErrors, form.serverErrors, (f) => `${prefix}-${f}`);
  return (
    <>
      <ErrorSummary errors={summary} attempt={form.attempt} />
      {!isPrivacyProblem(save.error) && <ProblemAlert error={save.error} />}
      <form noValidate className="vk-form" onSubmit={form.handleSubmit((x) => void submit(x))}>
        <SelectField id={`${prefix}-group`} label={t('decks.card.group')} value={v.group} onChange={(x) => form.setValue('group', x)}
          error={byField.group} required placeholder={t('form.choose')}
          options={[...groups.map((g) => ({ value: g.key, label: g.title })), { value: NEW_GROUP, label: t('decks.card.newGroup') }]} />
        {v.group === NEW_GROUP && (
          <TextField id={`${prefix}-groupTitle`} label={t('decks.card.groupTitle')} value={v.groupTitle}
            onChange={(x) => form.setValue('groupTitle', x)} error={byField.groupTitle} required />
        )}
        <TextField id={`${prefix}-title`} label={t('decks.card.title')} value={v.title} onChange={(x) => form.setValue('title', x)}
          error={byField.title} required />
        <PrivacyTextarea id={`${prefix}-quote`} label={t('decks.card.quote')} description={t('decks.card.quoteHint')} guard={quote}
          error={byField.quote} singleLine />
        <PrivacyTextarea id={`${prefix}-questions`} label={t('decks.card.questions')} description={t('decks.card.perLine')}
          guard={questions} error={byField.questions} required rows={3} />
        <PrivacyTextarea id={`${prefix}-prompts`} label={t('decks.card.prompts')} description={t('decks.card.promptsHint')}
          guard={prompts} error={byField.prompts} rows={3} />
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {card ? t('decks.card.save') : t('decks.card.add')}
        </Button>
      </form>
    </>
  );
}
