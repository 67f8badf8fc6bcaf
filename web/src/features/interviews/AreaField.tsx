// A labelled multi-line text field for the deck and codebook forms, with its
// description and error tied to it (aria-describedby), like the shared fields.
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea } from '@utrecht/component-library-react';
import type { ChangeEvent, ReactNode } from 'react';

export function AreaField({ id, label, description, error, required, value, onChange, rows = 3 }: {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}) {
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <FormField invalid={!!error} className="vk-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">{description}</FormFieldDescription>
      )}
      <div className="utrecht-form-field__input">
        <Textarea id={id} name={id} rows={rows} value={value} invalid={!!error} aria-invalid={error ? true : undefined}
          aria-required={required ? true : undefined} aria-describedby={describedBy}
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)} />
      </div>
      {error && <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">{error}</FormFieldErrorMessage>}
    </FormField>
  );
}
