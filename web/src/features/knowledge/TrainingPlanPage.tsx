// The team's training plan (scholingsplan): generated from demand × shortage, editable per row
// (target level, date, note), progress from the learners' current levels, XLSX and PDF export.
import { Button, Paragraph, Select, SelectOption, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { ScrollTable } from '../../components/ScrollTable';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { privacyBody, usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { exportUrl, fetchPlan, generatePlan, patchPlanItem, type Level, type PlanItem } from './api';
import './knowledge.css';
import { useDates } from '../../i18n/dates';
import { ConfirmButton } from '../../components/ConfirmDialog';

function ItemRow({ teamId, item, rank, onSaved, canEdit }: { teamId: number; item: PlanItem; rank: number; onSaved: () => void; canEdit: boolean }) {
  const dates = useDates();
  const t = useT();
  const qc = useQueryClient();
  const [targetLevel, setTargetLevel] = useState<Level>(item.targetLevel);
  const [targetDate, setTargetDate] = useState(item.targetDate);
  const [note, setNote] = useState(item.note);
  // the note goes into the XLSX and the PDF: it is guarded like every text about residents
  const guard = usePrivacyGuard(note, setNote, { field: 'note' });
  const save = useMutation({
    mutationFn: (confirmed: boolean) => patchPlanItem(teamId, item.id, { targetLevel, targetDate, note, ...privacyBody(confirmed) }),
    onSuccess: (plan) => {
      qc.setQueryData(queryKeys.knowledge.plan(teamId), plan);
      onSaved();
    },
    onError: (e) => void guard.applyProblem(e),
  });
  const privacy = isApiError(save.error) && save.error.status === 422 && Array.isArray(save.error.problem.findings);
  const submit = async () => {
    const r = await guard.check();
    if (r.canSave) save.mutate(r.privacyConfirmed);
  };
  const reached = item.learners.filter((l) => l.reached).length;
  return (
    <TableRow>
      <TableHeaderCell scope="row">
        <span className="vk-number">{rank}.</span> {item.aspectName}
      </TableHeaderCell>
      <TableCell className="vk-kn-plan__learners">{item.learners.map((l) => `${l.name} (${t(`knowledge.level.${l.level}`)})`).join(', ') || t('common.none')}</TableCell>
      <TableCell>{item.mentorName || t('knowledge.plan.noMentor')}</TableCell>
      {!canEdit ? (
        <>
          <TableCell>{t(`knowledge.level.${item.targetLevel}`)}</TableCell>
          <TableCell>{item.targetDate ? dates.date(item.targetDate) : ''}</TableCell>
          <TableCell>{t('knowledge.plan.progressValue', { reached, total: item.learners.length })}</TableCell>
          <TableCell>{item.note}</TableCell>
          <TableCell />
        </>
      ) : (
      <>
      <TableCell>
        <Select aria-label={t('knowledge.plan.targetLevelOf', { aspect: item.aspectName })} value={targetLevel} onChange={(e) => setTargetLevel(e.target.value as Level)}>
          {(['leerling', 'gezel', 'meester'] as Level[]).map((l) => (
            <SelectOption key={l} value={l}>
              {t(`knowledge.level.${l}`)}
            </SelectOption>
          ))}
        </Select>
      </TableCell>
      <TableCell>
        <Textbox type="date" aria-label={t('knowledge.plan.targetDateOf', { aspect: item.aspectName })} value={targetDate} onChange={(e) => setTargetDate(e.target.value)} />
      </TableCell>
      <TableCell>{t('knowledge.plan.progressValue', { reached, total: item.learners.length })}</TableCell>
      <TableCell>
        <PrivacyTextarea id={`plan-note-${item.id}`} label={t('knowledge.plan.noteOf', { aspect: item.aspectName })} guard={guard}
          singleLine labelHidden maxLength={500} />
      </TableCell>
      <TableCell>
        <Button appearance="secondary-action-button" onClick={() => void submit()} busy={save.isPending} aria-label={t('knowledge.plan.saveOf', { aspect: item.aspectName })}>
          {t('common.save')}
        </Button>
        {!privacy && <ProblemAlert error={save.error} />}
      </TableCell>
      </>
      )}
    </TableRow>
  );
}

export function TrainingPlanPage() {
  const t = useT();
  const teamId = Number(useParams().teamId);
  const qc = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const plan = useQuery({ queryKey: queryKeys.knowledge.plan(teamId), queryFn: () => fetchPlan(teamId) });
  const generate = useMutation({
    mutationFn: () => generatePlan(teamId),
    onSuccess: (p) => {
      qc.setQueryData(queryKeys.knowledge.plan(teamId), p);
      setNotice(t('knowledge.plan.generated', { count: p.items.length }));
    },
  });
  return (
    <>
      <PageHeading title={t('knowledge.plan.title')} />
      <Paragraph>{t('knowledge.plan.intro')}</Paragraph>
      {plan.data?.canEdit !== false && (plan.data?.exists ? (
        <ConfirmButton label={t('knowledge.plan.regenerate')} appearance="primary-action-button" busy={generate.isPending}
          title={t('knowledge.plan.regenerateTitle')} confirmLabel={t('knowledge.plan.regenerateYes')} danger={false}
          onConfirm={() => generate.mutate()}>
          <Paragraph>{t('knowledge.plan.regenerateText')}</Paragraph>
        </ConfirmButton>
      ) : (
        <Button appearance="primary-action-button" onClick={() => generate.mutate()} busy={generate.isPending} disabled={generate.isPending}>
          {t('knowledge.plan.generate')}
        </Button>
      ))}
      <ProblemAlert error={generate.error ?? plan.error} />
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {plan.isPending && <Loading />}
      {plan.data?.exists && (
        <>
          <ul className="vk-kn-links">
            <li>
              <a href={exportUrl(teamId, 'xlsx')} download>
                {t('knowledge.plan.exportXlsx')}
              </a>
            </li>
            <li>
              <a href={exportUrl(teamId, 'pdf')} download>
                {t('knowledge.plan.exportPdf')}
              </a>
            </li>
          </ul>
          <ScrollTable id="kn-plan" caption={t('knowledge.plan.caption')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('knowledge.map.aspect')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.plan.learners')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.plan.mentor')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.plan.targetLevel')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.plan.targetDate')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.plan.progress')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.plan.note')}</TableHeaderCell>
                <TableHeaderCell scope="col">
                  <span className="vk-visually-hidden">{t('knowledge.plan.actions')}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {plan.data.items.map((item, i) => (
                <ItemRow key={item.id} teamId={teamId} item={item} rank={i + 1} canEdit={plan.data.canEdit !== false} onSaved={() => setNotice(t('knowledge.plan.savedItem', { aspect: item.aspectName }))} />
              ))}
            </TableBody>
          </ScrollTable>
        </>
      )}
    </>
  );
}
