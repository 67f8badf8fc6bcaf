// The organisation admin's library: every dilemma including retired ones, to edit, retire or
// restore, and own dilemmas to add.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate, useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { ConfirmButton } from '../../components/ConfirmDialog';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { dilemmasApi, type Dilemma, type DilemmaInput } from './api';
import { DilemmaForm } from './DilemmaForm';
import { groupByTopic, sourceId } from './logic';
import { paths } from './paths';

function Row({ d }: { d: Dilemma }) {
  const t = useT();
  const qc = useQueryClient();
  const retire = useMutation({
    mutationFn: (retired: boolean) => dilemmasApi.setRetired(d.key, retired),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.dilemmas.admin() });
      void qc.invalidateQueries({ queryKey: queryKeys.dilemmas.libraries() });
    },
  });
  return (
    <li className={`vk-dl-admin__item${d.retired ? ' vk-dl-admin__item--retired' : ''}`}>
      <Heading level={3} className="vk-dl-admin__title">{d.title}</Heading>
      <Paragraph className="vk-dl__source">
        {t(sourceId(d))}
        {d.retired && <> · <strong>{t('dilemmas.admin.retired')}</strong></>}
      </Paragraph>
      <Paragraph>{d.tension}</Paragraph>
      <div className="vk-dl-actions">
        <RouterLink to={paths.adminEdit(d.key)} aria-label={`${t('dilemmas.admin.edit')}: ${d.title}`}>{t('dilemmas.admin.edit')}</RouterLink>
        {d.retired ? (
          <Button type="button" appearance="secondary-action-button" busy={retire.isPending} disabled={retire.isPending}
            aria-label={`${t('dilemmas.admin.restore')}: ${d.title}`} onClick={() => retire.mutate(false)}>
            {t('dilemmas.admin.restore')}
          </Button>
        ) : (
          <ConfirmButton label={t('dilemmas.admin.retire')} ariaLabel={`${t('dilemmas.admin.retire')}: ${d.title}`}
            appearance="secondary-action-button" busy={retire.isPending} title={t('dilemmas.admin.retireTitle', { title: d.title })}
            confirmLabel={t('dilemmas.admin.retire')} onConfirm={() => retire.mutate(true)}>
            <Paragraph>{t('dilemmas.admin.retireText')}</Paragraph>
          </ConfirmButton>
        )}
      </div>
      <ProblemAlert error={retire.error} />
    </li>
  );
}

export function AdminPage() {
  const t = useT();
  const list = useQuery({ queryKey: queryKeys.dilemmas.admin(), queryFn: dilemmasApi.orgLibrary });
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;
  const groups = groupByTopic(list.data ?? []);
  return (
    <>
      <PageHeading title={t('dilemmas.admin.title')} />
      <Paragraph>{t('dilemmas.admin.intro')}</Paragraph>
      {saved && <SuccessNotice>{t('dilemmas.admin.saved')}</SuccessNotice>}
      <ul className="vk-dl-linklist">
        <li><RouterLink to={paths.adminNew}>{t('dilemmas.admin.add')}</RouterLink></li>
        <li><a href={dilemmasApi.cardsUrl()} download>{t('dilemmas.library.cards')}</a></li>
      </ul>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      {groups.map((g) => (
        <section key={g.topic} aria-labelledby={`adm-${g.topic}`}>
          <Heading level={2} id={`adm-${g.topic}`}>{t(`dilemmas.topic.${g.topic}`)}</Heading>
          <ul className="vk-dl-admin">{g.items.map((d) => <Row key={d.key} d={d} />)}</ul>
        </section>
      ))}
    </>
  );
}

/** Add an own dilemma (no key) or edit one (a starter's edit is the organisation's version). */
export function DilemmaEditPage() {
  const t = useT();
  const key = useParams().dilemmaKey;
  const qc = useQueryClient();
  const navigate = useNavigate();
  const list = useQuery({ queryKey: queryKeys.dilemmas.admin(), queryFn: dilemmasApi.orgLibrary, enabled: !!key });
  const current = key ? list.data?.find((d) => d.key === key) : undefined;
  const save = useMutation({
    mutationFn: ({ d, confirmed }: { d: DilemmaInput; confirmed: boolean }) => (key ? dilemmasApi.edit(key, d, confirmed) : dilemmasApi.add(d, confirmed)),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.dilemmas.all() });
      navigate(paths.admin, { state: { saved: true } });
    },
  });
  const title = key ? t('dilemmas.admin.editTitle') : t('dilemmas.admin.add');
  return (
    <>
      <PageHeading title={title} />
      <Paragraph><RouterLink to={paths.admin}>{t('dilemmas.admin.back')}</RouterLink></Paragraph>
      {key && list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      {key && list.data && !current && <Paragraph>{t('dilemmas.admin.notFound')}</Paragraph>}
      {key && current?.source === 'starter' && <Paragraph>{t('dilemmas.admin.starterNote')}</Paragraph>}
      {(!key || current) && (
        <DilemmaForm key={key ?? 'new'} initial={current} submitLabel={key ? t('common.save') : t('dilemmas.admin.addSubmit')}
          busy={save.isPending} error={save.error} onSubmit={(d, confirmed) => save.mutateAsync({ d, confirmed })} />
      )}
    </>
  );
}
