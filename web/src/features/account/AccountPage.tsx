import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { changePassword } from '../../api/endpoints';
import { useMe } from '../../api/queries';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { collectErrors } from '../../components/FormErrors';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { TextField } from '../../components/fields';
import { serverFieldErrors } from '../../components/errors';
import { MIN_PASSWORD, useForm, type Invalid } from '../../components/useForm';
import { useLabel, useT } from '../../i18n/I18nProvider';
import { MyDataSection } from './MyDataSection';
import { SecondFactorSection } from './SecondFactorSection';

interface PasswordValues extends Record<string, unknown> {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

export function validatePassword(v: PasswordValues): Invalid<PasswordValues> {
  const e: Invalid<PasswordValues> = {};
  if (!v.currentPassword) e.currentPassword = 'account.error.currentRequired';
  if (v.newPassword.length < MIN_PASSWORD) e.newPassword = 'form.error.passwordTooShort';
  if (v.repeat !== v.newPassword) e.repeat = 'form.error.passwordMismatch';
  return e;
}

const FIELDS = ['currentPassword', 'newPassword', 'repeat'];

function ChangePassword() {
  const t = useT();
  const [done, setDone] = useState(false);
  const form = useForm<PasswordValues>({ currentPassword: '', newPassword: '', repeat: '' }, validatePassword);
  const change = useMutation({
    mutationFn: (v: PasswordValues) => changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      form.reset();
      setDone(true);
    },
    onError: (error) => form.showServerErrors(serverFieldErrors(error)),
  });
  const { byField, summary } = collectErrors(t, FIELDS, form.clientErrors, form.serverErrors, (f) => `password-${f}`, { min: MIN_PASSWORD });
  return (
    <section aria-labelledby="password-heading" className="vk-section">
      <Heading level={2} id="password-heading">
        {t('account.password.title')}
      </Heading>
      {done && <SuccessNotice>{t('account.password.done')}</SuccessNotice>}
      <ErrorSummary errors={summary} attempt={form.attempt} />
      <ProblemAlert error={change.error} overrides={{ 403: 'account.error.currentWrong' }} />
      <form noValidate className="vk-form" onSubmit={form.handleSubmit((v) => { setDone(false); change.mutate(v); })}>
        <TextField id="password-currentPassword" name="currentPassword" type="password" label={t('account.password.current')}
          autoComplete="current-password" value={form.values.currentPassword}
          onChange={(v) => form.setValue('currentPassword', v)} error={byField.currentPassword} required />
        <TextField id="password-newPassword" name="newPassword" type="password" label={t('form.newPassword')}
          autoComplete="new-password" description={t('form.passwordHint', { min: MIN_PASSWORD })}
          value={form.values.newPassword} onChange={(v) => form.setValue('newPassword', v)} error={byField.newPassword} required />
        <TextField id="password-repeat" name="repeat" type="password" label={t('form.repeatPassword')} autoComplete="new-password"
          value={form.values.repeat} onChange={(v) => form.setValue('repeat', v)} error={byField.repeat} required />
        <Button type="submit" appearance="primary-action-button" busy={change.isPending} disabled={change.isPending}>
          {t('account.password.submit')}
        </Button>
      </form>
    </section>
  );
}

export function AccountPage() {
  const t = useT();
  const label = useLabel();
  const me = useMe();
  if (!me.data) return <Loading />;
  const { user, organisation, teams } = me.data;
  return (
    <>
      <PageHeading title={t('account.title')} />
      <section aria-labelledby="profile-heading" className="vk-section">
        <Heading level={2} id="profile-heading">
          {t('account.profile')}
        </Heading>
        <DataList className="vk-datalist">
          <DataListItem>
            <DataListKey>{t('member.name')}</DataListKey>
            <DataListValue>{user.name}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('member.email')}</DataListKey>
            <DataListValue>{user.email}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('account.organisation')}</DataListKey>
            <DataListValue>{organisation.name}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('member.discipline')}</DataListKey>
            <DataListValue>{user.discipline || t('common.none')}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('member.experience')}</DataListKey>
            <DataListValue>{user.experience ? label('experience', user.experience) : t('common.none')}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('member.orgAdmin')}</DataListKey>
            <DataListValue>{user.orgAdmin ? t('common.yes') : t('common.no')}</DataListValue>
          </DataListItem>
        </DataList>
        <Paragraph className="vk-hint">{t('account.profileHint')}</Paragraph>
      </section>
      <section aria-labelledby="my-teams-heading" className="vk-section">
        <Heading level={2} id="my-teams-heading">
          {t('account.teams')}
        </Heading>
        {teams.length === 0 ? (
          <Paragraph>{t('teams.empty')}</Paragraph>
        ) : (
          <UnorderedList>
            {teams.map((team) => (
              <UnorderedListItem key={team.id}>
                <RouterLink to={`/teams/${team.id}`}>{team.name}</RouterLink>
                {team.role ? ` — ${label('role', team.role)}` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      <ChangePassword />
      <SecondFactorSection />
      <MyDataSection />
    </>
  );
}
