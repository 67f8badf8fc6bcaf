// Add or edit a card of an own deck: group (or a new one), title, quote, the questions
// and the follow-up prompts one per line. A failed save keeps everything typed.
import { Button } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ProblemAlert } from '../../components/Feedback';
import { collectErrors } from '../../components/FormErrors';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { serverFieldErrors } from '../../components/errors';
import { useForm } from '../../components/useForm';
import { useT } from '../../i18n/I18nProvider';
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
  const save = useMutation({
    mutationFn: (v: CardValues) =>
      card ? interviewsApi.putCard(deckId, card.id, cardBody(v)) : interviewsApi.addCard(deckId, cardBody(v)),
    onSuccess: (saved) => {
      if (!card) form.reset(initial);
      onDone(saved);
    },
    onError: (error) => form.showServerErrors(serverFieldErrors(error)),
  });
  const { byField, summary } = collectErrors(t, FIELDS, form.clientErrors, form.serverErrors, (f) => `${prefix}-${f}`);
  const v = form.values;
  return (
    <>
      <ErrorSummary errors={summary} attempt={form.attempt} />
      <ProblemAlert error={save.error} />
      <form noValidate className="vk-form" onSubmit={form.handleSubmit((x) => save.mutate(x))}>
        <SelectField id={`${prefix}-group`} label={t('decks.card.group')} value={v.group} onChange={(x) => form.setValue('group', x)}
          error={byField.group} required placeholder={t('form.choose')}
          options={[...groups.map((g) => ({ value: g.key, label: g.title })), { value: NEW_GROUP, label: t('decks.card.newGroup') }]} />
        {v.group === NEW_GROUP && (
          <TextField id={`${prefix}-groupTitle`} label={t('decks.card.groupTitle')} value={v.groupTitle}
            onChange={(x) => form.setValue('groupTitle', x)} error={byField.groupTitle} required />
        )}
        <TextField id={`${prefix}-title`} label={t('decks.card.title')} value={v.title} onChange={(x) => form.setValue('title', x)}
          error={byField.title} required />
        <TextField id={`${prefix}-quote`} label={t('decks.card.quote')} description={t('decks.card.quoteHint')} value={v.quote}
          onChange={(x) => form.setValue('quote', x)} error={byField.quote} />
        <TextAreaField id={`${prefix}-questions`} label={t('decks.card.questions')} description={t('decks.card.perLine')}
          value={v.questions} onChange={(x) => form.setValue('questions', x)} error={byField.questions} required />
        <TextAreaField id={`${prefix}-prompts`} label={t('decks.card.prompts')} description={t('decks.card.promptsHint')}
          value={v.prompts} onChange={(x) => form.setValue('prompts', x)} error={byField.prompts} />
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {card ? t('decks.card.save') : t('decks.card.add')}
        </Button>
      </form>
    </>
  );
}
