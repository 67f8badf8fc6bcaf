// Own templates of the organisation: choose one (or the default half-day) to fill the
// programme, save the programme as a template, delete one you made (admins: any).
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { queryKeys } from '../../api/queries';
import { ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/fields';
import { useT } from '../../i18n/I18nProvider';
import { liveApi, type ProgrammeChoice } from './api';
import type { Block } from './liveState';
import { ConfirmButton } from '../../components/ConfirmDialog';

export function TemplateChoice({ defaultBlocks, programmes = [], initial = '', onChoose }: {
  defaultBlocks: Block[];
  /** The choice shown at first (`p:<key>` for a programme chosen through the address). */
  initial?: string;
  /** Programmes beside the default (the what-works conversation). */
  programmes?: ProgrammeChoice[];
  onChoose: (blocks: Block[], name?: string) => void;
}) {
  const t = useT();
  const templates = useQuery({ queryKey: queryKeys.live.templates(), queryFn: liveApi.templates });
  const [chosen, setChosen] = useState(initial);
  const items = templates.data?.items ?? [];
  return (
    <SelectField id="live-template" label={t('live.template')} value={chosen}
      onChange={(v) => {
        setChosen(v);
        const own = items.find((x) => String(x.id) === v);
        const shipped = programmes.find((p) => `p:${p.key}` === v);
        if (shipped) onChoose(shipped.blocks, shipped.name);
        else onChoose(own ? own.blocks : defaultBlocks);
      }}
      options={[{ value: '', label: t('live.templateDefault') }, ...programmes.map((p) => ({ value: `p:${p.key}`, label: p.name })),
        ...items.map((x) => ({ value: String(x.id), label: x.name }))]} />
  );
}

export function SaveTemplate({ blocks }: { blocks: Block[] }) {
  const t = useT();
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const save = useMutation({
    mutationFn: () => liveApi.saveTemplate(name, blocks),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.live.templates() }),
  });
  const fieldError = isApiError(save.error) ? save.error.fieldErrors.name : undefined;
  return (
    <form className="vk-live-save-template" onSubmit={(e) => {
      e.preventDefault();
      save.mutate();
    }}>
      <TextField id="live-template-name" label={t('live.templateName')} value={name} onChange={setName} required error={fieldError} />
      <Button appearance="secondary-action-button" type="submit" busy={save.isPending} disabled={save.isPending || blocks.length === 0}>
        {t('live.saveTemplate')}
      </Button>
      {save.isSuccess && <SuccessNotice>{t('live.templateSaved', { name: save.data.name })}</SuccessNotice>}
      <ProblemAlert error={save.error} />
    </form>
  );
}

export function OwnTemplates() {
  const t = useT();
  const qc = useQueryClient();
  const templates = useQuery({ queryKey: queryKeys.live.templates(), queryFn: liveApi.templates });
  const remove = useMutation({
    mutationFn: (id: number) => liveApi.deleteTemplate(id),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.live.templates() }),
  });
  const items = templates.data?.items ?? [];
  return (
    <section aria-labelledby="own-templates">
      <Heading level={2} id="own-templates">{t('live.ownTemplates')}</Heading>
      {items.length === 0 ? <Paragraph>{t('live.noTemplates')}</Paragraph> : (
        <ul>
          {items.map((x) => (
            <li key={x.id}>
              {t('live.templateLine', { name: x.name, n: x.blocks.length, by: x.createdByName || '–' })}{' '}
              {x.canDelete && (
                <ConfirmButton label={t('live.delete')} ariaLabel={t('live.deleteTemplate', { name: x.name })}
                  title={t('live.deleteTemplateTitle', { name: x.name })} confirmLabel={t('live.deleteTemplateYes')}
                  onConfirm={() => remove.mutate(x.id)} />
              )}
            </li>
          ))}
        </ul>
      )}
      <ProblemAlert error={remove.error} />
    </section>
  );
}
