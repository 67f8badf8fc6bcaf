import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { fetchMembers, updateMember } from '../../api/endpoints';
import { queryKeys, useMe } from '../../api/queries';
import { DISCIPLINE_SUGGESTIONS, EXPERIENCES, type OrgMember } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { collectErrors } from '../../components/FormErrors';
import { PageHeading } from '../../components/PageHeading';
import { OrganisationSecondFactorSection } from '../account/OrganisationSecondFactorSection';
import { SecondFactorAdminNotice } from '../account/SecondFactorSection';
import { ScrollTable } from '../../components/ScrollTable';
import { CheckboxField, SelectField, Suggestions, TextField } from '../../components/fields';
import { serverFieldErrors } from '../../components/errors';
import { useForm, type Invalid } from '../../components/useForm';
import { useLabel, useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { isPrivacyProblem, privacyBody, problemOnValue, usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { MemberDataActions } from './MemberDataActions';

interface MemberValues extends Record<string, unknown> {
  name: string;
  discipline: string;
  experience: string;
  orgAdmin: boolean;
}

const validateMember = (v: MemberValues): Invalid<MemberValues> => (v.name.trim() ? {} : { name: 'form.error.nameRequired' });
const FIELDS = ['name', 'discipline', 'experience', 'orgAdmin'];

function EditMember({ member, isSelf, onClose }: { member: OrgMember; isSelf: boolean; onClose: (saved?: string) => void }) {
  const t = useT();
  const label = useLabel();
  const qc = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const form = useForm<MemberValues>(
    { name: member.name, discipline: member.discipline ?? '', experience: member.experience ?? '', orgAdmin: member.orgAdmin },
    validateMember,
  );
  // the discipline is free text: the server guards it like every such field, so does the form
  const discipline = usePrivacyGuard(form.values.discipline, (x) => form.setValue('discipline', x), { field: 'discipline' });
  const save = useMutation({
    mutationFn: ({ values: v, confirmed }: { values: MemberValues; confirmed: boolean }) =>
      updateMember(member.id, {
        name: v.name.trim(),
        discipline: v.discipline.trim(),
        ...(v.experience ? { experience: v.experience } : {}),
        orgAdmin: v.orgAdmin,
        ...privacyBody(confirmed),
      }),
    onSuccess: (m) => {
      void qc.invalidateQueries({ queryKey: queryKeys.members() });
      void qc.invalidateQueries({ queryKey: queryKeys.me() });
      onClose(t('members.saved', { name: m?.name ?? member.name }));
    },
    onError: (error, { values }) => {
      form.showServerErrors(serverFieldErrors(error));
      discipline.applyProblem(problemOnValue(error, 'discipline', values.discipline));
    },
  });
  const submit = async (values: MemberValues) => {
    const r = await discipline.check();
    if (r.canSave) save.mutate({ values, confirmed: r.privacyConfirmed });
  };
  const { byField, summary } = collectErrors(t, FIELDS, form.clientErrors, form.serverErrors, (f) => `member-${f}`);
  return (
    <section aria-labelledby="edit-member-heading" className="vk-section vk-panel">
      <Heading level={2} id="edit-member-heading" tabIndex={-1} ref={headingRef}>
        {t('members.edit.title', { name: member.name })}
      </Heading>
      <ErrorSummary errors={summary} attempt={form.attempt} />
      {!isPrivacyProblem(save.error) && <ProblemAlert error={save.error} />}
      <form noValidate className="vk-form" onSubmit={form.handleSubmit((v) => void submit(v))}>
        <TextField id="member-name" name="name" label={t('member.name')} autoComplete="off" value={form.values.name}
          onChange={(v) => form.setValue('name', v)} error={byField.name} required />
        <PrivacyTextarea id="member-discipline" name="discipline" label={t('member.discipline')} description={t('form.disciplineHint')}
          list="member-discipline-suggestions" autoComplete="off" guard={discipline} error={byField.discipline} singleLine />
        <Suggestions id="member-discipline-suggestions" values={DISCIPLINE_SUGGESTIONS} />
        <SelectField id="member-experience" label={t('member.experience')} description={t('form.experienceHint')}
          value={form.values.experience} onChange={(v) => form.setValue('experience', v)} error={byField.experience}
          placeholder={t('form.choose')} options={EXPERIENCES.map((x) => ({ value: x, label: label('experience', x) }))} />
        <CheckboxField id="member-orgAdmin" label={t('member.orgAdmin')} description={isSelf ? t('members.edit.selfAdminHint') : t('form.orgAdminHint')}
          checked={form.values.orgAdmin} onChange={(v) => form.setValue('orgAdmin', v)} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
            {t('common.save')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => onClose()}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

export function MembersPage() {
  const t = useT();
  const label = useLabel();
  const me = useMe();
  const members = useQuery({ queryKey: queryKeys.members(), queryFn: fetchMembers });
  const [editing, setEditing] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const editingMember = members.data?.find((m) => m.id === editing) ?? null;

  const close = (id: number, saved?: string) => {
    setEditing(null);
    if (saved) setNotice(saved);
    window.setTimeout(() => document.getElementById(`edit-${id}`)?.focus(), 0);
  };

  return (
    <>
      <PageHeading title={t('members.title')} />
      <SecondFactorAdminNotice />
      <Paragraph>{t('members.intro')}</Paragraph>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {members.isPending && <Loading />}
      <ProblemAlert error={members.error} />
      {editingMember && (
        <EditMember key={editingMember.id} member={editingMember} isSelf={editingMember.id === me.data?.user.id}
          onClose={(saved) => close(editingMember.id, saved)} />
      )}
      {members.data && (
        <ScrollTable id="org-members" caption={t('members.caption', { count: members.data.length })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('member.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('member.email')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('member.discipline')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('member.experience')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('member.teams')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('member.orgAdmin')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('team.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.data.map((m) => (
              <TableRow key={m.id}>
                <TableHeaderCell scope="row">{m.name}</TableHeaderCell>
                <TableCell className="vk-break">{m.email}</TableCell>
                <TableCell>{m.discipline || t('common.none')}</TableCell>
                <TableCell>{m.experience ? label('experience', m.experience) : t('common.none')}</TableCell>
                <TableCell>
                  {m.teams.length === 0
                    ? t('common.none')
                    : m.teams.map((team) => `${team.name} (${label('role', team.role)})`).join(', ')}
                </TableCell>
                <TableCell>{m.orgAdmin ? t('common.yes') : t('common.no')}</TableCell>
                <TableCell>
                  <Button id={`edit-${m.id}`} appearance="secondary-action-button" aria-label={t('members.editOf', { name: m.name })}
                    onClick={() => { setNotice(null); setEditing(m.id); }}>
                    {t('members.edit.button')}
                  </Button>
                  <MemberDataActions member={m} isSelf={m.id === me.data?.user.id}
                    onErased={(name) => { setNotice(t('avg.member.erased', { name })); document.getElementById('page-heading')?.focus(); }} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
      <OrganisationSecondFactorSection />
    </>
  );
}
