// The organisation's card decks (admin): the starter deck and its own decks, and a
// copy of any of them to edit as an own deck.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../api/queries';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { collectErrors } from '../../components/FormErrors';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { ScrollTable } from '../../components/ScrollTable';
import { SelectField, TextField } from '../../components/fields';
import { serverFieldErrors } from '../../components/errors';
import { useForm, type Invalid } from '../../components/useForm';
import { useT } from '../../i18n/I18nProvider';
import { interviewsApi, type Deck } from './api';
import './interviews.css';

interface CopyValues extends Record<string, unknown> {
  fromDeckId: string;
  name: string;
}
const validateCopy = (v: CopyValues): Invalid<CopyValues> => ({
  ...(v.fromDeckId ? {} : { fromDeckId: 'decks.error.from' }),
  ...(v.name.trim() ? {} : { name: 'decks.error.name' }),
});

function CopyForm({ decks }: { decks: Deck[] }) {
  const t = useT();
  const nav = useNavigate();
  const qc = useQueryClient();
  const form = useForm<CopyValues>({ fromDeckId: String(decks[0]?.id ?? ''), name: '' }, validateCopy);
  const copy = useMutation({
    mutationFn: (v: CopyValues) => interviewsApi.copyDeck(Number(v.fromDeckId), v.name.trim()),
    onSuccess: (deck) => {
      void qc.invalidateQueries({ queryKey: queryKeys.interviews.decks() });
      void nav(`/vakgesprekken/kaartensets/${deck.id}`);
    },
    onError: (error) => form.showServerErrors(serverFieldErrors(error)),
  });
  const { byField, summary } = collectErrors(t, ['fromDeckId', 'name'], form.clientErrors, form.serverErrors, (f) => `copy-${f}`);
  return (
    <>
      <ErrorSummary errors={summary} attempt={form.attempt} />
      <ProblemAlert error={copy.error} />
      <form noValidate className="vk-form" onSubmit={form.handleSubmit((v) => copy.mutate(v))}>
        <SelectField id="copy-fromDeckId" label={t('decks.copy.from')} value={form.values.fromDeckId} required
          onChange={(v) => form.setValue('fromDeckId', v)} error={byField.fromDeckId}
          options={decks.map((d) => ({ value: String(d.id), label: d.name }))} />
        <TextField id="copy-name" label={t('decks.copy.name')} value={form.values.name} required
          onChange={(v) => form.setValue('name', v)} error={byField.name} autoComplete="off" />
        <Button type="submit" appearance="primary-action-button" busy={copy.isPending} disabled={copy.isPending}>
          {t('decks.copy.submit')}
        </Button>
      </form>
    </>
  );
}

export function DecksPage() {
  const t = useT();
  const decks = useQuery({ queryKey: queryKeys.interviews.decks(), queryFn: interviewsApi.decks });
  const items = decks.data?.items ?? [];
  return (
    <>
      <PageHeading title={t('decks.title')} />
      <Paragraph>{t('decks.intro')}</Paragraph>
      <Paragraph><RouterLink to="/vakgesprekken">{t('interviews.back')}</RouterLink></Paragraph>
      {decks.isPending && <Loading />}
      <ProblemAlert error={decks.error} />
      {items.length > 0 && (
        <ScrollTable id="decks-table" caption={t('decks.title')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('decks.col.name')}</th>
              <th scope="col">{t('decks.col.kind')}</th>
              <th scope="col">{t('decks.col.cards')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id}>
                <td><RouterLink to={`/vakgesprekken/kaartensets/${d.id}`}>{d.name}</RouterLink></td>
                <td>{d.starter ? t('decks.kind.starter') : t('decks.kind.own')}</td>
                <td>{d.cardCount}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {items.length > 0 && (
        <section aria-labelledby="decks-copy">
          <Heading level={2} id="decks-copy">{t('decks.copy.title')}</Heading>
          <Paragraph>{t('decks.copy.text')}</Paragraph>
          <CopyForm decks={items} />
        </section>
      )}
    </>
  );
}
