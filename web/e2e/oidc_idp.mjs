// A real OpenID provider for the tests (npm's oidc-provider), on a loopback port: one client
// ("vakkompas", secret "vakkompas-test-geheim"), people made up by the test, tokens with or
// without amr ["mfa"], and a few test-only endpoints:
//   POST /test/login   {claims, mfa}   who logs in at the next interaction (no login form)
//   POST /test/drive   {url, claims, mfa} follows an authorization URL through the provider and
//                                      answers {callback} (the redirect to Vakkompas with code+state)
//   POST /test/rotate                  a new signing key (the old one leaves the JWKS)
//   POST /test/next-token {claims, header, key}  the next token answer's ID token gets these
//                                      claims/header; key "current" (default), "hs256", "none", "stranger"
// Start: node e2e/oidc_idp.mjs [port]; prints "listening <issuer>" when ready. Loopback only.
import http from 'node:http';
import crypto from 'node:crypto';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'vakkompas';
export const CLIENT_SECRET = 'vakkompas-test-geheim';

function newKey(kid) {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
}

const b64 = (x) => Buffer.from(typeof x === 'string' ? x : JSON.stringify(x)).toString('base64url');

export async function startIdp(port = 0) {
  let keyNumber = 1;
  let signingKey = newKey(`key-${keyNumber}`);
  let nextLogin = { claims: { sub: 'sso-demo', email: 'sanne.bakker@demostad.nl', email_verified: true, name: 'Sanne Bakker' }, mfa: true };
  let nextToken = null;
  const accounts = new Map();
  let provider;
  let issuer;

  function build() {
    const p = new Provider(issuer, {
      clients: [{
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: ['http://127.0.0.1/api/v1/sso/callback'],
        post_logout_redirect_uris: [],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      }],
      jwks: { keys: [signingKey] },
      cookies: { keys: ['oidc-idp-test-cookie-key'] },
      claims: { openid: ['sub', 'acr', 'amr', 'auth_time'], sid: null, email: ['email', 'email_verified'], profile: ['name', 'groups'] },
      pkce: { required: () => true },
      conformIdTokenClaims: false,  // the ID token carries email and name (as Entra ID and Keycloak do)
      features: { devInteractions: { enabled: false } },
      interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
      findAccount: async (ctx, sub) => ({ accountId: sub, claims: async () => accounts.get(sub) ?? { sub } }),
      // A first-party client: no consent screen, the grant is made here.
      loadExistingGrant: async (ctx) => {
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
        grant.addOIDCScope('openid email profile');
        grant.addOIDCClaims(['email', 'email_verified', 'name', 'groups']);
        await grant.save();
        return grant;
      },
      ttl: { Session: 600, Interaction: 600, AuthorizationCode: 60, IdToken: 300, AccessToken: 300, Grant: 600 },
    });
    // Vakkompas listens on a new loopback port in every test: any loopback callback is ours.
    p.Client.prototype.redirectUriAllowed = (uri) => /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/api\/v1\/sso\/callback$/.test(uri);
    // A crafted ID token in the next token answer (wrong audience, expired, another key, …).
    p.use(async (ctx, next) => {
      await next();
      if (ctx.path !== '/token' || !nextToken || !ctx.body?.id_token) return;
      const crafted = nextToken;
      nextToken = null;
      const [, payload] = ctx.body.id_token.split('.');
      const claims = { ...JSON.parse(Buffer.from(payload, 'base64url')), ...(crafted.claims ?? {}) };
      ctx.body = { ...ctx.body, id_token: sign(claims, crafted.header ?? {}, crafted.key ?? 'current') };
    });
    return p;
  }

  function sign(claims, header, key) {
    if (key === 'none') return `${b64({ alg: 'none', ...header })}.${b64(claims)}.`;
    if (key === 'hs256') {
      const input = `${b64({ alg: 'HS256', kid: signingKey.kid, ...header })}.${b64(claims)}`;
      return `${input}.${crypto.createHmac('sha256', CLIENT_SECRET).update(input).digest('base64url')}`;
    }
    const jwk = key === 'stranger' ? newKey('stranger') : signingKey;
    const input = `${b64({ alg: 'RS256', kid: jwk.kid, typ: 'JWT', ...header })}.${b64(claims)}`;
    const pk = crypto.createPrivateKey({ key: jwk, format: 'jwk' });
    return `${input}.${crypto.sign('sha256', Buffer.from(input), pk).toString('base64url')}`;
  }

  async function finishLogin(req, res) {
    const details = await provider.interactionDetails(req, res);
    const { claims, mfa } = nextLogin;
    accounts.set(claims.sub, claims);
    if (details.prompt.name !== 'login') throw new Error(`unexpected prompt ${details.prompt.name}`);
    await provider.interactionFinished(req, res, {
      login: { accountId: claims.sub, amr: mfa ? ['pwd', 'mfa'] : ['pwd'], ...(mfa ? { acr: 'urn:test:mfa' } : {}) },
    }, { mergeWithLastSubmission: false });
  }

  // Follows the provider's redirects as a browser would (its cookies kept), up to the redirect to Vakkompas.
  async function drive(url) {
    const jar = new Map();
    let next = url;
    for (let i = 0; i < 10; i++) {
      const res = await fetch(next, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const at = pair.indexOf('=');
        jar.set(pair.slice(0, at), pair.slice(at + 1));
      }
      const loc = res.headers.get('location');
      if (!loc) throw new Error(`no redirect from ${next}: ${res.status} ${await res.text()}`);
      const abs = new URL(loc, next).href;
      if (abs.includes('/api/v1/sso/callback')) return abs;
      next = abs;
    }
    throw new Error('too many redirects');
  }

  const body = async (req) => {
    let s = '';
    for await (const chunk of req) s += chunk;
    return s ? JSON.parse(s) : {};
  };
  const send = (res, status, obj) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(obj));
  };

  const server = http.createServer(async (req, res) => {
    try {
      if (req.url.startsWith('/interaction/')) return await finishLogin(req, res);
      if (req.method === 'POST' && req.url === '/test/login') {
        nextLogin = await body(req);
        return send(res, 200, { ok: true });
      }
      if (req.method === 'POST' && req.url === '/test/drive') {
        const b = await body(req);
        if (b.claims) nextLogin = { claims: b.claims, mfa: !!b.mfa };
        return send(res, 200, { callback: await drive(b.url) });
      }
      if (req.method === 'POST' && req.url === '/test/rotate') {
        keyNumber += 1;
        signingKey = newKey(`key-${keyNumber}`);
        provider = build();
        return send(res, 200, { kid: signingKey.kid });
      }
      if (req.method === 'POST' && req.url === '/test/next-token') {
        nextToken = await body(req);
        return send(res, 200, { ok: true });
      }
      return provider.callback()(req, res);
    } catch (e) {
      send(res, 500, { error: String(e?.stack ?? e) });
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${server.address().port}`;
  provider = build();
  return { issuer, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const idp = await startIdp(Number(process.argv[2] ?? 0));
  process.stdout.write(`listening ${idp.issuer}\n`);
  // Ends with its parent: when stdin closes (the test process is gone), so does the provider.
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}
