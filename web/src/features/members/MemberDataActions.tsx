// An organisation admin's AVG actions for one member: download their data, erase them (after a
// confirmation dialog that says what happens).
import { AlertDialog, Button, ButtonGroup, ButtonLink, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { queryKeys } from '../../api/queries';
import type { OrgMember } from '../../api/types';
import { ProblemAlert } from '../../components/Feedback';
import { useT } from '../../i18n/I18nProvider';
import { eraseMember, memberExportUrl } from '../privacy/avg';
import '../privacy/avg.css';

export function MemberDataActions({ member, isSelf, onErased }: { member: OrgMember; isSelf: boolean; onErased: (name: string) => void }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <ButtonLink href={memberExportUrl(member.id)} download={`vakkompas-gegevens-${member.id}.json`} appearance="subtle-button"
        aria-label={t('avg.member.downloadOf', { name: member.name })}>
        {t('avg.member.download')}
      </ButtonLink>
      {!isSelf && (
        <Button id={`erase-${member.id}`} type="button" appearance="subtle-button" className="vk-danger"
          aria-label={t('avg.member.eraseOf', { name: member.name })} onClick={() => setConfirming(true)}>
          {t('avg.member.erase')}
        </Button>
      )}
      {confirming && (
        <EraseDialog member={member} onCancel={() => {
          setConfirming(false);
          window.setTimeout(() => document.getElementById(`erase-${member.id}`)?.focus(), 0);
        }} onErased={() => { setConfirming(false); onErased(member.name); }} />
      )}
    </>
  );
}

function EraseDialog({ member, onCancel, onErased }: { member: OrgMember; onCancel: () => void; onErased: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const ref = useRef<HTMLDialogElement>(null);
  const erase = useMutation({
    mutationFn: () => eraseMember(member.id),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.members() });
      void qc.invalidateQueries({ queryKey: queryKeys.teams.all() }); // the erased member leaves every team
      onErased();
    },
  });
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (typeof d.showModal === 'function' && !d.open) d.showModal();
    else d.setAttribute('open', '');
    document.getElementById(`erase-dialog-${member.id}-cancel`)?.focus();
    return () => {
      if (typeof d.close === 'function' && d.open) d.close();
    };
  }, [member.id]);
  const id = `erase-dialog-${member.id}`;
  return (
    <AlertDialog ref={ref} type="warning" role="alertdialog" aria-modal="true" aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`} className="vk-dialog"
      onCancel={(e) => { e.preventDefault(); if (!erase.isPending) onCancel(); }}>
      <Heading level={2} id={`${id}-title`}>
        {t('avg.erase.title', { name: member.name })}
      </Heading>
      <div id={`${id}-text`}>
        <Paragraph>{t('avg.erase.intro', { name: member.name })}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>{t('avg.erase.account')}</UnorderedListItem>
          <UnorderedListItem>{t('avg.erase.private')}</UnorderedListItem>
          <UnorderedListItem>{t('avg.erase.aggregates')}</UnorderedListItem>
          <UnorderedListItem>{t('avg.erase.audit')}</UnorderedListItem>
        </UnorderedList>
        <Paragraph>
          <strong>{t('avg.erase.final')}</strong> {t('avg.erase.exportFirst')}
        </Paragraph>
      </div>
      <ProblemAlert error={erase.error} />
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" className="vk-danger" busy={erase.isPending}
          disabled={erase.isPending} onClick={() => erase.mutate()}>
          {t('avg.erase.confirm', { name: member.name })}
        </Button>
        <Button id={`${id}-cancel`} type="button" appearance="secondary-action-button" disabled={erase.isPending} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </AlertDialog>
  );
}
