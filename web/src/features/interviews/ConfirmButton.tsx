// A button for something that cannot be undone: it asks in the shared confirmation dialog.
import { ConfirmButton as SharedConfirmButton } from '../../components/ConfirmDialog';
import { useT } from '../../i18n/I18nProvider';

export function ConfirmButton({ label, question, onConfirm, busy }: { label: string; question: string; onConfirm: () => void; busy?: boolean }) {
  const t = useT();
  return <SharedConfirmButton label={label} title={question} confirmLabel={t('common.yes')} busy={busy} onConfirm={onConfirm} />;
}
