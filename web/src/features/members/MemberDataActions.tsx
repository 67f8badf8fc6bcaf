// An organisation admin's AVG actions for one member: download their data, erase them (after a
// confirmation dialog that says what happens).
import { Button, ButtonLink, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/queries';
import type { OrgMember } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n/I18nProvider';
import { eraseMember, memberExportPdfUrl, memberExportUrl } from '../privacy/avg';
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
      <ButtonLink href={memberExportPdfUrl(member.id)} download={`vakkompas-gegevens-${member.id}.pdf`} appearance="subtle-button"
        aria-label={t('avg.member.downloadPdfOf', { name: member.name })}>
        {t('avg.member.downloadPdf')}
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
  const erase = useMutation({
    mutationFn: () => eraseMember(member.id),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.members() });
      void qc.invalidateQueries({ queryKey: queryKeys.teams.all() }); // the erased member leaves every team
      onErased();
    },
  });
  return (
    <ConfirmDialog title={t('avg.erase.title', { name: member.name })} confirmLabel={t('avg.erase.confirm', { name: member.name })}
      busy={erase.isPending} error={erase.error} onConfirm={() => erase.mutate()} onCancel={onCancel}>
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
    </ConfirmDialog>
  );
}
