// Modules that scripts/join-page.ts makes while building the join page.
declare module 'virtual:join-page.css';
declare module 'virtual:join-messages' {
  /** The catalogues' messages that join.html and main.ts use, per language. */
  const messages: Record<'nl' | 'en', Record<string, string>>;
  export default messages;
}
