// One card deck (admin): the starter deck read-only, an own deck to rename, reorder,
// and to add, edit and delete cards in; both printable as PDF.
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { ScrollTable } from '../../components/ScrollTable';
import { TextField } from '../../components/fields';
import { serverFieldErrors } from '../../components/errors';
import { useT } from '../../i18n/I18nProvider';
import { CardForm } from './CardForm';
import { ConfirmButton } from './ConfirmButton';
import { groupsOf, moveItem } from './adminForms';
import { interviewsApi, type Deck } from './api';
import './interviews.css';

function RenameForm({ deck }: { deck: Deck }) {
  const t = useT();
  const qc = useQueryClient();
  const [name, setName] = useState(deck.name);
  const [error, setError] = useState('');
  const rename = useMutation({
    mutationFn: () => interviewsApi.renameDeck(deck.id, name.trim()),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.interviews.decks() });
      void qc.invalidateQueries({ queryKey: queryKeys.interviews.deck(deck.id) });
    },
    onError: (e) => setError(serverFieldErrors(e).name ?? ''),
  });
  return (
    <form noValidate className="vk-form vk-form--inline" onSubmit={(e) => {
      e.preventDefault();
      if (!name.trim()) return setError(t('decks.error.name'));
      setError('');
      rename.mutate();
    }}>
      <TextField id="deck-name" label={t('decks.rename.label')} value={name} onChange={setName} error={error || undefined} required autoComplete="off" />
      <Button type="submit" appearance="secondary-action-button" busy={rename.isPending}>{t('decks.rename.submit')}</Button>
      {rename.isSuccess && <SuccessNotice>{t('decks.rename.done')}</SuccessNotice>}
      {!error && <ProblemAlert error={rename.error} />}
    </form>
  );
}

export function DeckPage() {
  const t = useT();
  const qc = useQueryClient();
  const nav = useNavigate();
  const deckId = Number(useParams().deckId);
  const deck = useQuery({ queryKey: queryKeys.interviews.deck(deckId), queryFn: () => interviewsApi.deck(deckId) });
  const [editing, setEditing] = useState<number | null>(null);
  const [notice, setNotice] = useState('');
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: queryKeys.interviews.deck(deckId) });
    void qc.invalidateQueries({ queryKey: queryKeys.interviews.decks() });
  };
  const order = useMutation({ mutationFn: (ids: number[]) => interviewsApi.orderCards(deckId, ids), onSuccess: refresh });
  const remove = useMutation({
    mutationFn: (cardId: number) => interviewsApi.deleteCard(deckId, cardId),
    onSuccess: () => { setNotice(t('decks.card.deleted')); refresh(); },
  });
  const removeDeck = useMutation({
    mutationFn: () => interviewsApi.deleteDeck(deckId),
    onSuccess: () => { void qc.invalidateQueries({ queryKey: queryKeys.interviews.decks() }); void nav('/vakgesprekken/kaartensets'); },
  });
  if (deck.isPending) return <Loading />;
  if (!deck.data) return <ProblemAlert error={deck.error} />;
  const d = deck.data;
  const cards = d.cards ?? [];
  const own = !d.starter;
  const groups = groupsOf(cards);
  const editCard = cards.find((c) => c.id === editing);
  const move = (i: number, delta: number) => order.mutate(moveItem(cards.map((c) => c.id), i, delta));
  return (
    <>
      <PageHeading title={t('decks.deck.title', { name: d.name })} />
      <Paragraph><RouterLink to="/vakgesprekken/kaartensets">{t('decks.back')}</RouterLink></Paragraph>
      {d.starter && <Alert type="info" className="vk-alert">{t('decks.deck.starterNote')}</Alert>}
      <Paragraph><a href={`/api/v1/card-decks/${d.id}/pdf`} download>{t('interviews.print.link', { name: d.name })}</a></Paragraph>
      {own && <RenameForm key={d.name} deck={d} />}
      <section aria-labelledby="deck-cards">
        <Heading level={2} id="deck-cards">{t('decks.deck.cards', { n: cards.length })}</Heading>
        {notice && <SuccessNotice>{notice}</SuccessNotice>}
        <ProblemAlert error={order.error ?? remove.error} />
        <ScrollTable id="deck-cards-table" caption={t('decks.deck.cards', { n: cards.length })} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('decks.col.position')}</th>
              <th scope="col">{t('decks.card.group')}</th>
              <th scope="col">{t('decks.card.title')}</th>
              <th scope="col">{t('decks.col.questions')}</th>
              {own && <th scope="col">{t('decks.col.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {cards.map((c, i) => (
              <tr key={c.id}>
                <td>{i + 1}</td>
                <td>{c.groupTitle}</td>
                <th scope="row">{c.title}</th>
                <td>
                  <ul className="vk-iv-plain">{c.questions.map((q, k) => <li key={k}>{q}</li>)}</ul>
                  {c.prompts.length > 0 && <p className="vk-iv-meta">{t('interviews.mode.prompts')}: {c.prompts.join(' · ')}</p>}
                </td>
                {own && (
                  <td>
                    <div className="vk-iv-actions">
                      <Button type="button" appearance="subtle-button" disabled={i === 0 || order.isPending}
                        aria-label={t('decks.card.upLabel', { title: c.title })} onClick={() => move(i, -1)}>{t('decks.card.up')}</Button>
                      <Button type="button" appearance="subtle-button" disabled={i === cards.length - 1 || order.isPending}
                        aria-label={t('decks.card.downLabel', { title: c.title })} onClick={() => move(i, 1)}>{t('decks.card.down')}</Button>
                      <Button type="button" appearance="subtle-button" aria-label={t('decks.card.editLabel', { title: c.title })}
                        onClick={() => { setNotice(''); setEditing(c.id); }}>{t('decks.card.edit')}</Button>
                      <ConfirmButton label={t('decks.card.delete')} question={t('decks.card.deleteQuestion', { title: c.title })}
                        busy={remove.isPending} onConfirm={() => remove.mutate(c.id)} />
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </section>
      {own && editCard && (
        <section aria-labelledby="deck-edit">
          <Heading level={2} id="deck-edit">{t('decks.card.editTitle', { title: editCard.title })}</Heading>
          <CardForm key={editCard.id} deckId={d.id} card={editCard} groups={groups} prefix="edit-card"
            onDone={() => { setEditing(null); setNotice(t('decks.card.saved')); refresh(); }} />
          <Button type="button" appearance="subtle-button" onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
        </section>
      )}
      {own && (
        <section aria-labelledby="deck-add">
          <Heading level={2} id="deck-add">{t('decks.card.addTitle')}</Heading>
          <CardForm deckId={d.id} groups={groups} prefix="new-card" onDone={() => { setNotice(t('decks.card.added')); refresh(); }} />
        </section>
      )}
      {own && (
        <section aria-labelledby="deck-delete">
          <Heading level={2} id="deck-delete">{t('decks.delete.title')}</Heading>
          <Paragraph>{t('decks.delete.text')}</Paragraph>
          <ProblemAlert error={removeDeck.error} />
          <ConfirmButton label={t('decks.delete.button')} question={t('decks.delete.question', { name: d.name })}
            busy={removeDeck.isPending} onConfirm={() => removeDeck.mutate()} />
        </section>
      )}
    </>
  );
}
