// Real-browser end-to-end test of passkeys: headless Chromium (the system's, never a downloaded one) with a CDP
// virtual authenticator opens dev mode's /dev/passkeys.html on a running FinGuard and, through the page's script,
// registers a passkey, steps up with it, and confirms a transfer with it (the passkey signs the payment
// authorisation's challenge, PSD2 dynamic linking). Each step is one entry of STEPS.
//
// Input (environment): FINGUARD_BASE_URL  the API, e.g. http://localhost:8080 (localhost: WebAuthn needs a secure context)
//                      FINGUARD_ACCESS_TOKEN an access token of a session stepped up within the last five minutes
//                      FINGUARD_PAYEE_PHONE  a customer's number the token's user (FULL tier, funded) has never paid
//                      CHROMIUM (optional) the browser binary, default /usr/bin/chromium
// Output (stdout): one JSON line per step {"step", "ms"}, then {"result": {...}} (never a token); exit 0 only when
// every step passed.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BASE_URL = required('FINGUARD_BASE_URL');
const ACCESS_TOKEN = required('FINGUARD_ACCESS_TOKEN');
const PAYEE_PHONE = required('FINGUARD_PAYEE_PHONE');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set`);
    process.exit(2);
  }
  return value;
}

function expectStatus(step, answer, status) {
  if (answer.status !== status) {
    throw new Error(`${step}: expected HTTP ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

function claims(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

/** The steps, in order; each gets the shared state {page, cdp, authenticatorId, token, ...} and may add to it. */
export const STEPS = [
  ['register a passkey', async (s) => {
    const answer = await s.page.evaluate(([token]) => window.finguard.registerPasskey(token, 'Headless Chromium'), [s.token]);
    s.passkey = expectStatus('register', answer, 201);
  }],
  ['the virtual authenticator holds the credential', async (s) => {
    const { credentials } = await s.cdp.send('WebAuthn.getCredentials', { authenticatorId: s.authenticatorId });
    if (credentials.length !== 1) {
      throw new Error(`expected one credential in the authenticator, found ${credentials.length}`);
    }
    s.credentialId = credentials[0].credentialId;
  }],
  ['step up with the passkey', async (s) => {
    const answer = await s.page.evaluate(([token]) => window.finguard.stepUpWithPasskey(token), [s.token]);
    const body = expectStatus('step-up', answer, 200);
    const amr = claims(body.tokens.accessToken).amr;
    if (!amr.includes('pop')) {
      throw new Error(`the stepped-up token's amr is ${JSON.stringify(amr)}, without pop`);
    }
    s.token = body.tokens.accessToken;
    s.amr = amr;
  }],
  ['the passkey is listed as used', async (s) => {
    const answer = await s.page.evaluate(([token]) => window.finguard.listPasskeys(token), [s.token]);
    const body = expectStatus('list', answer, 200);
    if (body.passkeys.length !== 1 || !body.passkeys[0].lastUsedAt) {
      throw new Error(`unexpected passkeys ${JSON.stringify(body)}`);
    }
  }],
  ['confirm a transfer to a new payee with the passkey', async (s) => {
    const answer = await s.page.evaluate(([token, payee]) => window.finguard.payWithPasskey(token, payee, 2000, 'browser-1'),
      [s.token, PAYEE_PHONE]);
    if (answer.authorization.status !== 403 || answer.authorization.body.code !== 'sca_required') {
      throw new Error(`the transfer should need an authorisation: ${JSON.stringify(answer.authorization)}`);
    }
    expectStatus('confirm', answer.confirmed, 200);
    s.transfer = expectStatus('transfer', answer.transfer, 201);
    s.authorizationId = answer.authorization.body.authorizationId;
  }],
];

async function main() {
  const userDataDir = await mkdtemp(join(tmpdir(), 'finguard-chromium-'));
  const started = Date.now();
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM, headless: true, chromiumSandbox: false, args: FLAGS, timeout: 60_000,
    });
    const page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(30_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    const opened = await page.goto(`${BASE_URL}/dev/passkeys.html`);
    if (!opened || opened.status() !== 200) {
      throw new Error(`the dev page answered ${opened && opened.status()}`);
    }
    await page.waitForFunction(() => window.finguard !== undefined);
    const state = { page, cdp, authenticatorId, token: ACCESS_TOKEN };
    for (const [name, run] of STEPS) {
      const at = Date.now();
      await run(state);
      console.log(JSON.stringify({ step: name, ms: Date.now() - at }));
    }
    console.log(JSON.stringify({
      result: { passkeyId: state.passkey.id, credentialId: state.credentialId, amr: state.amr,
        transferId: state.transfer.transferId, authorizationId: state.authorizationId, ms: Date.now() - started },
    }));
  } finally {
    if (context) {
      await context.close();
    }
    await rm(userDataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error.stack || String(error));
    process.exit(1);
  });
}
