// Modules that scripts/light-pages.ts makes while building the pages of their own.
declare module 'virtual:join-page.css';
declare module 'virtual:login-page.css';
declare module 'virtual:join-messages' {
  /** The catalogues' messages that join.html and its script use, per language. */
  const messages: import('./page').Messages;
  export default messages;
}
declare module 'virtual:login-messages' {
  /** The catalogues' messages that login.html and its script use, per language. */
  const messages: import('./page').Messages;
  export default messages;
}
