import { useCallback, useState, type FormEvent } from 'react';

/** Validation result: field name → message id (translated when shown). */
export type Invalid<V> = Partial<Record<keyof V & string, string>>;

/**
 * Small form state: values, client-side validation on submit (then live while fixing),
 * and field errors from the server (problem.errors) shown the same way.
 */
export function useForm<V extends Record<string, unknown>>(initial: V, validate: (v: V) => Invalid<V>) {
  const [values, setValues] = useState<V>(initial);
  const [submitted, setSubmitted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});

  const clientErrors: Invalid<V> = submitted ? validate(values) : {};

  const setValue = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setServerErrors((e) => {
      if (!(key in e)) return e;
      const next = { ...e };
      delete next[key as string];
      return next;
    });
  }, []);

  const handleSubmit = (onValid: (v: V) => void) => (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setServerErrors({});
    const errors = validate(values);
    if (Object.keys(errors).length > 0) {
      setAttempt((a) => a + 1);
      return;
    }
    onValid(values);
  };

  const showServerErrors = (errors: Record<string, string>) => {
    setServerErrors(errors);
    if (Object.keys(errors).length) setAttempt((a) => a + 1);
  };

  const reset = (next: V = initial) => {
    setValues(next);
    setSubmitted(false);
    setServerErrors({});
  };

  return { values, setValue, clientErrors, serverErrors, attempt, handleSubmit, showServerErrors, reset };
}

// in a module without React, for the log-in page of its own (src/login)
export { isEmail } from './email';
export const MIN_PASSWORD = 10;
