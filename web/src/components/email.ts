/** Whether the text looks like an e-mail address (naam@organisatie.nl), spaces around allowed. */
export const isEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim());
