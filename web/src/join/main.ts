// The guest's join page without React (join.html; docs/adr/0012-first-load.md): the code from
// the QR link filled in, join with a name, or, on a phone that was in this session before,
// "Je was even weg — opnieuw meedoen" under the same name. After joining the guest goes on to
// the full app's guest page. The page's Dutch text is in the HTML; this script only changes it
// for another language and for the answers of the server.
import 'virtual:join-page.css';
import messages from 'virtual:join-messages';
import { guestByCode, liveApi, markHereInThisTab, saveGuest } from '../features/live/api';
import { $, busy, setTitle, showProblem, startPage, t } from '../pages/page';

const params = new URLSearchParams(window.location.search);
const codeParam = params.get('code') ?? '';
const form = document.querySelector('form')!;
const code = $<HTMLInputElement>('join-code');
const name = $<HTMLInputElement>('join-name');
const submit = $<HTMLButtonElement>('join-submit');
let earlier = guestByCode(codeParam);
let error: unknown = null;

function goTo(sessionId: number) {
  markHereInThisTab(sessionId);
  window.location.assign(`/live/gast/${sessionId}`);
}

/** The state shown and the document's title (page.ts has put every text in the language). */
function render() {
  $('join-away').hidden = !earlier;
  $('join-form').hidden = !!earlier;
  if (earlier) $('join-away-text').textContent = earlier.name ? t('live.away.textNamed', { name: earlier.name }) : t('live.away.text');
  setTitle(earlier ? 'live.away.title' : 'live.joinTitle');
  showProblem('join-error', error);
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  if (submit.disabled) return;
  busy(submit, true);
  try {
    const r = await liveApi.join(code.value, name.value);
    saveGuest(r.sessionId, r.guestToken, r.name, code.value);
    goTo(r.sessionId);
  } catch (err) {
    // the typed code and name stay; the server's Dutch message says what to change
    error = err;
    busy(submit, false);
    render();
  }
});
$('join-rejoin').addEventListener('click', () => earlier && goTo(earlier.sessionId));
$('join-other').addEventListener('click', () => {
  earlier = null;
  render();
  $('page-heading').focus();
});
// What the link brought (the QR code's code; both fields after a submit before this script ran),
// unless the guest already typed something.
if (!code.value) code.value = codeParam;
if (!name.value) name.value = params.get('name') ?? '';
startPage(messages, render);
