import type { SummaryError } from './ErrorSummary';

/**
 * Merge translated client errors and server messages into one field → message map plus the
 * summary list in the order of `order` (field name → element id via `idOf`).
 */
export function collectErrors(
  t: (id: string, values?: Record<string, string | number>) => string,
  order: string[],
  clientErrors: Record<string, string | undefined>,
  serverErrors: Record<string, string>,
  idOf: (field: string) => string,
  values: Record<string, string | number> = {},
): { byField: Record<string, string>; summary: SummaryError[] } {
  const byField: Record<string, string> = {};
  for (const field of order) {
    const client = clientErrors[field];
    if (client) byField[field] = t(client, values);
    else if (serverErrors[field]) byField[field] = serverErrors[field];
  }
  // server errors for fields this form does not show still deserve a line
  for (const [field, message] of Object.entries(serverErrors)) {
    if (!(field in byField) && !order.includes(field)) byField[field] = message;
  }
  const summary = Object.entries(byField).map(([field, message]) => ({
    fieldId: order.includes(field) ? idOf(field) : '',
    message,
  }));
  return { byField, summary };
}
