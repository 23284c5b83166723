// FinGuard dev page: the WebAuthn ceremonies against this service. window.finguard is also what the real-browser test
// (e2e-browser/passkeys.mjs) calls, one function per step.
(() => {
  'use strict';

  const encode = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const decode = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

  async function call(method, path, token, body, extraHeaders = {}) {
    const headers = { Authorization: `Bearer ${token}`, ...extraHeaders };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  /** POST /v1/me/passkeys/options, navigator.credentials.create(), POST /v1/me/passkeys. */
  async function registerPasskey(token, name) {
    const options = await call('POST', '/v1/me/passkeys/options', token);
    if (options.status !== 200) {
      return options;
    }
    const o = options.body.publicKey;
    const credential = await navigator.credentials.create({
      publicKey: {
        ...o,
        challenge: decode(o.challenge),
        user: { ...o.user, id: decode(o.user.id) },
        excludeCredentials: o.excludeCredentials.map((c) => ({ ...c, id: decode(c.id) })),
      },
    });
    return call('POST', '/v1/me/passkeys', token, {
      name,
      credential: {
        id: credential.id,
        rawId: encode(credential.rawId),
        type: credential.type,
        response: {
          clientDataJSON: encode(credential.response.clientDataJSON),
          attestationObject: encode(credential.response.attestationObject),
          transports: credential.response.getTransports ? credential.response.getTransports() : [],
        },
      },
    });
  }

  /** Signs the challenge of {@code options} (PublicKeyCredentialRequestOptionsJSON) with a passkey. */
  async function assert(o) {
    const credential = await navigator.credentials.get({
      publicKey: { ...o, challenge: decode(o.challenge), allowCredentials: o.allowCredentials.map((c) => ({ ...c, id: decode(c.id) })) },
    });
    const r = credential.response;
    return {
      id: credential.id,
      rawId: encode(credential.rawId),
      type: credential.type,
      response: {
        clientDataJSON: encode(r.clientDataJSON),
        authenticatorData: encode(r.authenticatorData),
        signature: encode(r.signature),
        ...(r.userHandle ? { userHandle: encode(r.userHandle) } : {}),
      },
    };
  }

  /** POST /v1/auth/step-up/passkey/options, navigator.credentials.get(), POST /v1/auth/step-up/passkey. */
  async function stepUpWithPasskey(token) {
    const options = await call('POST', '/v1/auth/step-up/passkey/options', token);
    if (options.status !== 200) {
      return options;
    }
    return call('POST', '/v1/auth/step-up/passkey', token, { credential: await assert(options.body.publicKey) });
  }

  function listPasskeys(token) {
    return call('GET', '/v1/me/passkeys', token);
  }

  /**
   * A transfer confirmed with a passkey (PSD2 dynamic linking): POST /v1/transfers answers 403 sca_required with the
   * authorisation; the passkey signs its challenge (derived from the payment), POST /v1/authorizations/{id} confirms it,
   * and the same transfer is repeated with Authorization-Id. Answers {authorization, confirmed, transfer}.
   */
  async function payWithPasskey(token, recipientPhone, minor, key) {
    const transfer = { recipientPhone, amount: { minor, currency: 'EUR' } };
    const asked = await call('POST', '/v1/transfers', token, transfer, { 'Idempotency-Key': key });
    if (asked.status !== 403 || asked.body.code !== 'sca_required') {
      return { authorization: asked };
    }
    const id = asked.body.authorizationId;
    // Discoverable credential (registration asks for a resident key), so no allow list is needed.
    const credential = await assert({ challenge: asked.body.challenge, rpId: location.hostname, allowCredentials: [],
      userVerification: 'required', timeout: 60000 });
    const confirmed = await call('POST', `/v1/authorizations/${id}`, token, { method: 'passkey', credential });
    if (confirmed.status !== 200) {
      return { authorization: asked, confirmed };
    }
    const paid = await call('POST', '/v1/transfers', token, transfer, { 'Idempotency-Key': key, 'Authorization-Id': id });
    return { authorization: asked, confirmed, transfer: paid };
  }

  window.finguard = { registerPasskey, stepUpWithPasskey, listPasskeys, payWithPasskey, assert, call };

  const out = document.getElementById('out');
  const token = () => document.getElementById('token').value.trim();
  const show = (promise) => promise.then((result) => { out.textContent = JSON.stringify(result, null, 2); },
    (error) => { out.textContent = String(error); });
  document.getElementById('register').addEventListener('click', () => show(registerPasskey(token(), document.getElementById('name').value)));
  document.getElementById('step-up').addEventListener('click', () => show(stepUpWithPasskey(token())));
  document.getElementById('list').addEventListener('click', () => show(listPasskeys(token())));
  document.getElementById('pay').addEventListener('click', () => show(payWithPasskey(token(),
    document.getElementById('payee').value.trim(), Number(document.getElementById('minor').value),
    `dev-${Date.now()}`)));
})();
