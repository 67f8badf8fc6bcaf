// Form fields that are always labelled, describe their errors (aria-describedby) and mark
// themselves invalid: built from the Utrecht form components.
import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { ChangeEvent, ReactNode } from 'react';

function describedBy(id: string, description?: ReactNode, error?: string): string | undefined {
  const ids = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface BaseProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  required?: boolean;
}

export interface TextFieldProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'url';
  autoComplete?: string;
  list?: string;
  readOnly?: boolean;
  name?: string;
  inputMode?: 'text' | 'email' | 'numeric';
}

/** The frame every labelled field shares: label, description, the input, and its error. */
function FieldFrame({ id, label, description, error, type, children }: Pick<BaseProps, 'id' | 'label' | 'description' | 'error'> & { type?: 'text'; children: ReactNode }) {
  return (
    <FormField invalid={!!error} type={type} className="vk-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      <div className="utrecht-form-field__input">
        {children}
      </div>
      {error && (
        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
    </FormField>
  );
}

/** A labelled single-line text field. */
export function TextField({ id, label, description, error, required, value, onChange, type = 'text', autoComplete, list, readOnly, name, inputMode }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} description={description} error={error} type="text">
      <Textbox
        id={id}
        name={name ?? id}
        type={type}
        value={value}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        invalid={!!error}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        autoComplete={autoComplete}
        list={list}
        readOnly={readOnly}
        inputMode={inputMode}
        spellCheck={type === 'text' ? undefined : false}
      />
    </FieldFrame>
  );
}

export interface TextAreaFieldProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
  name?: string;
}

/** A labelled multi-line text field: the same frame as TextField (label, description, error). */
export function TextAreaField({ id, label, description, error, required, value, onChange, rows = 3, maxLength, name }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} description={description} error={error}>
      <Textarea
        id={id}
        name={name ?? id}
        rows={rows}
        maxLength={maxLength}
        value={value}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
        invalid={!!error}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
      />
    </FieldFrame>
  );
}

export interface SelectFieldProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  placeholder?: string;
}

export function SelectField({ id, label, description, error, required, value, onChange, options, placeholder }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} description={description} error={error}>
      <Select
        id={id}
        name={id}
        value={value}
        onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}
        invalid={!!error}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
      >
        {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </FieldFrame>
  );
}

export interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ id, label, description, checked, onChange }: CheckboxFieldProps) {
  return (
    <FormField type="checkbox" className="vk-field">
      <div className="utrecht-form-field__input">
        <Checkbox
          id={id}
          name={id}
          checked={checked}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.checked)}
          aria-describedby={description ? `${id}-description` : undefined}
          className="utrecht-form-field__input"
        />
      </div>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
    </FormField>
  );
}

/** A <datalist> of suggestions for a free-text field. */
export function Suggestions({ id, values }: { id: string; values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}
