// Filling in the picture of the craft, phone first: per theme a card with its statements and
// three toggle buttons each (herken ik / bij ons anders exclude each other; speelt nu bij ons
// goes with either), an optional own line (privacy-guarded, private until you switch on
// "deel met het team"), "x van N" and one clear save button that stays in view.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { CheckboxField } from '../../components/fields';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { isPrivacyProblem, privacyConfirmedOf, problemOnValue, usePrivacyGuard, type PrivacyGuard } from '../privacy/usePrivacyGuard';
import { craftApi, type MyPicture, type Picture, type Recognition, type Theme } from './api';
import { bodyOf, draftOf, linesOf, progress, toggle, type Draft, type LineDraft } from './logic';
import { useTeamName } from './Parts';
import { paths } from './paths';
import './craft.css';

const BUTTONS: readonly (Recognition | 'nu')[] = ['herken', 'anders', 'nu'];

function OwnLine({ theme, value, onChange, onGuard, index }: {
  theme: Theme; value: { text: string; shared: boolean }; index: number;
  onChange: (v: { text: string; shared: boolean }) => void; onGuard: (g: PrivacyGuard) => void;
}) {
  const t = useT();
  const guard = usePrivacyGuard(value.text, (text) => onChange({ ...value, text }), { field: `lines[${index}].text` });
  useEffect(() => onGuard(guard));
  return (
    <div className="vk-cr-line">
      <PrivacyTextarea id={`cr-line-${theme.key}`} label={t('craft.fill.line', { theme: theme.title })}
        description={t('craft.fill.lineHint')} guard={guard} rows={2} maxLength={500} />
      <CheckboxField id={`cr-share-${theme.key}`} label={t('craft.fill.share')} checked={value.shared}
        onChange={(shared) => onChange({ ...value, shared })} />
    </div>
  );
}

function FillForm({ teamId, picture, mine }: { teamId: number; picture: Picture; mine: MyPicture }) {
  const t = useT();
  const qc = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(mine.answers));
  const [lines, setLines] = useState<LineDraft>(() => linesOf(mine.lines));
  const [dirty, setDirty] = useState(false);
  const guards = useRef<Record<string, PrivacyGuard>>({});
  const p = progress(draft, picture);
  const body = bodyOf(draft, lines, picture);
  const save = useMutation({
    mutationFn: (confirmed: boolean) => craftApi.saveMine(teamId, body, confirmed),
    onError: (e) => {
      body.lines.forEach((l) => guards.current[l.themeKey]?.applyProblem(problemOnValue(e, `lines[${body.lines.indexOf(l)}].text`, l.text)));
    },
    onSuccess: (data) => {
      setDirty(false);
      qc.setQueryData(queryKeys.craft.mine(teamId), data);
      void qc.invalidateQueries({ queryKey: queryKeys.craft.team(teamId) });
    },
  });
  const press = (key: string, b: Recognition | 'nu') => {
    setDraft((d) => ({ ...d, [key]: toggle(d[key], b) }));
    setDirty(true);
    save.reset();
  };
  return (
    <form noValidate onSubmit={async (e) => {
      e.preventDefault();
      const withText = picture.themes.filter((th) => lines[th.key]?.text.trim()).map((th) => guards.current[th.key]).filter(Boolean);
      const results = await Promise.all(withText.map((g) => g.check()));
      if (results.some((r) => !r.canSave)) return;
      save.mutate(privacyConfirmedOf(...results));
    }}>
      {picture.themes.map((theme) => (
        <section key={theme.key} className="vk-cr-theme" aria-labelledby={`cr-fill-${theme.key}`}>
          <Heading level={2} id={`cr-fill-${theme.key}`} className="vk-cr-theme__title">{theme.title}</Heading>
          <Paragraph>{theme.intro}</Paragraph>
          <ul className="vk-cr-statements">
            {theme.statements.map((s) => (
              <li key={s.key}>
                <p className="vk-cr-statement__text" id={`cr-s-${s.key}`}>{s.text}</p>
                <div className="vk-cr-toggles" role="group" aria-labelledby={`cr-s-${s.key}`}>
                  {BUTTONS.map((b) => {
                    const c = draft[s.key];
                    const pressed = b === 'nu' ? !!c?.current : c?.recognition === b;
                    return (
                      <button key={b} type="button" className="vk-cr-toggle" aria-pressed={pressed} onClick={() => press(s.key, b)}>
                        {t(`craft.fill.${b}`)}
                      </button>
                    );
                  })}
                </div>
              </li>
            ))}
          </ul>
          <OwnLine theme={theme} index={body.lines.findIndex((l) => l.themeKey === theme.key)}
            value={lines[theme.key] ?? { text: '', shared: false }}
            onGuard={(g) => { guards.current[theme.key] = g; }}
            onChange={(v) => { setLines((old) => ({ ...old, [theme.key]: v })); setDirty(true); save.reset(); }} />
        </section>
      ))}
      <div className="vk-cr-savebar">
        <p className="vk-cr-savebar__progress" id="cr-progress">
          {t('craft.fill.progress', { done: p.done, total: p.total })}
          {dirty && <span> · {t('craft.fill.unsaved')}</span>}
        </p>
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending} aria-describedby="cr-progress">
          {t('craft.fill.save')}
        </Button>
      </div>
      <div aria-live="polite">
        {save.isSuccess && (
          <SuccessNotice>
            {t('craft.fill.saved', { done: p.done, total: p.total })}{' '}
            <RouterLink to={paths.team(teamId)}>{t('craft.team.title')}</RouterLink>
          </SuccessNotice>
        )}
      </div>
      {save.error && !isPrivacyProblem(save.error) && <ProblemAlert error={save.error} />}
    </form>
  );
}

export function FillPicturePage() {
  const t = useT();
  const teamId = Number(useParams().teamId);
  const teamName = useTeamName(teamId);
  const picture = useQuery({ queryKey: queryKeys.craft.picture(), queryFn: craftApi.picture });
  const mine = useQuery({ queryKey: queryKeys.craft.mine(teamId), queryFn: () => craftApi.mine(teamId) });
  return (
    <>
      <PageHeading title={t('craft.fill.title')} />
      <Paragraph>{t('craft.fill.intro', { team: teamName })}</Paragraph>
      {picture.data && <Paragraph>{picture.data.intro}</Paragraph>}
      <Paragraph>{t('craft.fill.private')}</Paragraph>
      {(picture.isPending || mine.isPending) && <Loading />}
      <ProblemAlert error={picture.error ?? mine.error} />
      {picture.data && mine.data && <FillForm teamId={teamId} picture={picture.data} mine={mine.data} />}
    </>
  );
}
