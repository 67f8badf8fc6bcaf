import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchMembers, fetchSsoConfig, saveSsoConfig, type SsoConfig, type SsoSettings } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { collectErrors } from '../../components/FormErrors';
import { PageHeading } from '../../components/PageHeading';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { serverFieldErrors } from '../../components/errors';
import { useForm, type Invalid } from '../../components/useForm';
import { useT } from '../../i18n/I18nProvider';

interface SsoValues extends Record<string, unknown> {
  issuer: string;
  clientId: string;
  clientSecret: string;
  emailClaim: string;
  nameClaim: string;
  groupsClaim: string;
  adminGroups: string;
  memberGroups: string;
  acceptedAcr: string;
  emailDomains: string;
  createMembers: boolean;
  linkByVerifiedEmail: boolean;
  ssoOnly: boolean;
  breakGlassUserId: string;
  enabled: boolean;
}

const FIELDS = ['issuer', 'clientId', 'clientSecret', 'emailClaim', 'nameClaim', 'groupsClaim', 'adminGroups', 'memberGroups', 'acceptedAcr', 'emailDomains', 'breakGlassUserId'];

/** A list typed with commas or one per line. */
export const listOf = (s: string) => s.split(/[,\n]/).map((x) => x.trim()).filter(Boolean);

export function validateSso(hasSecret: boolean) {
  return (v: SsoValues): Invalid<SsoValues> => {
    const e: Invalid<SsoValues> = {};
    if (!/^https:\/\/\S+$/.test(v.issuer.trim()) && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/\S*)?$/.test(v.issuer.trim())) e.issuer = 'sso.error.issuer';
    if (!v.clientId.trim()) e.clientId = 'sso.error.clientId';
    if (!hasSecret && !v.clientSecret) e.clientSecret = 'sso.error.clientSecret';
    if (v.ssoOnly && !v.breakGlassUserId) e.breakGlassUserId = 'sso.error.breakGlass';
    if (listOf(v.emailDomains).some((d) => d.includes('@') || !d.includes('.'))) e.emailDomains = 'sso.error.domain';
    return e;
  };
}

const toValues = (c: SsoConfig): SsoValues => ({
  issuer: c.issuer,
  clientId: c.clientId,
  clientSecret: '',
  emailClaim: c.emailClaim || 'email',
  nameClaim: c.nameClaim || 'name',
  groupsClaim: c.groupsClaim,
  adminGroups: c.adminGroups.join('\n'),
  memberGroups: c.memberGroups.join('\n'),
  acceptedAcr: c.acceptedAcr.join('\n'),
  emailDomains: c.emailDomains.join('\n'),
  createMembers: c.createMembers,
  linkByVerifiedEmail: c.linkByVerifiedEmail,
  ssoOnly: c.ssoOnly,
  breakGlassUserId: c.breakGlassUserId ? String(c.breakGlassUserId) : '',
  enabled: c.configured ? c.enabled : true,
});

const toBody = (v: SsoValues): SsoSettings & { clientSecret?: string } => ({
  issuer: v.issuer.trim(),
  clientId: v.clientId.trim(),
  ...(v.clientSecret ? { clientSecret: v.clientSecret } : {}),
  emailClaim: v.emailClaim.trim(),
  nameClaim: v.nameClaim.trim(),
  groupsClaim: v.groupsClaim.trim(),
  adminGroups: listOf(v.adminGroups),
  memberGroups: listOf(v.memberGroups),
  acceptedAcr: listOf(v.acceptedAcr),
  emailDomains: listOf(v.emailDomains),
  createMembers: v.createMembers,
  linkByVerifiedEmail: v.linkByVerifiedEmail,
  ssoOnly: v.ssoOnly,
  breakGlassUserId: v.breakGlassUserId ? Number(v.breakGlassUserId) : null,
  enabled: v.enabled,
});

/** The organisation's own identity provider (OpenID Connect), for its admins. */
export function SsoSettingsPage() {
  const t = useT();
  const config = useQuery({ queryKey: queryKeys.ssoConfig(), queryFn: fetchSsoConfig });
  return (
    <div className="vk-narrow">
      <PageHeading title={t('sso.title')} />
      <Paragraph appearance="lead">{t('sso.intro')}</Paragraph>
      {config.isPending && <Loading />}
      <ProblemAlert error={config.error} />
      {config.data && <SsoForm config={config.data} />}
    </div>
  );
}

function SsoForm({ config }: { config: SsoConfig }) {
  const t = useT();
  const qc = useQueryClient();
  const members = useQuery({ queryKey: queryKeys.members(), queryFn: fetchMembers });
  const form = useForm<SsoValues>(toValues(config), validateSso(config.hasClientSecret));
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (v: SsoValues) => saveSsoConfig(toBody(v)),
    onMutate: () => setSaved(false),
    onSuccess: (c) => {
      qc.setQueryData(queryKeys.ssoConfig(), c);
      form.setValue('clientSecret', '');
      setSaved(true);
    },
    onError: (error) => form.showServerErrors(serverFieldErrors(error)),
  });
  const { byField, summary } = collectErrors(t, FIELDS, form.clientErrors, form.serverErrors, (f) => `sso-${f}`);
  const admins = (members.data ?? []).filter((m) => m.orgAdmin).map((m) => ({ value: String(m.id), label: `${m.name} (${m.email})` }));
  const text = (name: keyof SsoValues & string, props: { type?: 'text' | 'password' | 'url'; required?: boolean; autoComplete?: string } = {}) => (
    <TextField
      id={`sso-${name}`}
      name={name}
      type={props.type === 'password' ? 'password' : props.type === 'url' ? 'url' : 'text'}
      label={t(`sso.field.${name}`)}
      description={t(`sso.field.${name}.hint`)}
      autoComplete={props.autoComplete ?? 'off'}
      value={String(form.values[name])}
      onChange={(x) => form.setValue(name, x)}
      error={byField[name]}
      required={props.required}
    />
  );
  const list = (name: keyof SsoValues & string) => (
    <TextAreaField
      id={`sso-${name}`}
      name={name}
      label={t(`sso.field.${name}`)}
      description={t(`sso.field.${name}.hint`)}
      value={String(form.values[name])}
      onChange={(x) => form.setValue(name, x)}
      error={byField[name]}
      rows={2}
    />
  );
  const check = (name: keyof SsoValues & string) => (
    <CheckboxField
      id={`sso-${name}`}
      label={t(`sso.field.${name}`)}
      description={t(`sso.field.${name}.hint`)}
      checked={Boolean(form.values[name])}
      onChange={(x) => form.setValue(name, x)}
    />
  );
  return (
    <>
      <section aria-labelledby="sso-provider-side" className="vk-section">
        <Heading level={2} id="sso-provider-side">{t('sso.providerSide')}</Heading>
        <Paragraph>{t('sso.redirectUri')}</Paragraph>
        <Paragraph>
          <code>{config.redirectUri}</code>
        </Paragraph>
      </section>
      {saved && <SuccessNotice>{t('sso.saved')}</SuccessNotice>}
      <ErrorSummary errors={summary} attempt={form.attempt} />
      <ProblemAlert error={save.error} />
      <form noValidate className="vk-form" onSubmit={form.handleSubmit((v) => save.mutate(v))}>
        {text('issuer', { type: 'url', required: true })}
        {text('clientId', { required: true })}
        <TextField
          id="sso-clientSecret"
          name="clientSecret"
          type="password"
          label={t('sso.field.clientSecret')}
          description={t(config.hasClientSecret ? 'sso.field.clientSecret.kept' : 'sso.field.clientSecret.hint')}
          autoComplete="new-password"
          value={form.values.clientSecret}
          onChange={(x) => form.setValue('clientSecret', x)}
          error={byField.clientSecret}
          required={!config.hasClientSecret}
        />
        {list('emailDomains')}
        {text('emailClaim')}
        {text('nameClaim')}
        {text('groupsClaim')}
        {list('adminGroups')}
        {list('memberGroups')}
        {list('acceptedAcr')}
        {check('createMembers')}
        {check('linkByVerifiedEmail')}
        {check('ssoOnly')}
        <SelectField
          id="sso-breakGlassUserId"
          label={t('sso.field.breakGlassUserId')}
          description={t('sso.field.breakGlassUserId.hint')}
          value={form.values.breakGlassUserId}
          onChange={(x) => form.setValue('breakGlassUserId', x)}
          options={admins}
          placeholder={t('sso.field.breakGlassUserId.none')}
          error={byField.breakGlassUserId}
        />
        {check('enabled')}
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('sso.save')}
        </Button>
      </form>
    </>
  );
}
