// Run by .ci/serve-smoke.sh against the jar in serve mode: jose verifies tokens offline from the discovery document,
// oauth4webapi discovers, introspects and revokes, as a client_secret client and as a private_key_jwt client (its key
// made by client-key.mjs, registered with `finguard clients add --jwk-file`). Exits non-zero on the first refusal.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importJWK } from 'jose';
import * as oauth from 'oauth4webapi';
import { finGuardVerifier } from './verify-token.mjs';

const env = (name) => { const v = process.env[name]; assert.ok(v, `${name} is required`); return v; };
const issuer = env('FINGUARD_ISSUER');
const audience = env('FINGUARD_AUDIENCE');
const client = { client_id: env('CLIENT_ID') };
const secret = env('CLIENT_SECRET');
const keyClient = { client_id: env('KEY_CLIENT_ID') };
const privateJwk = JSON.parse(readFileSync(env('KEY_CLIENT_JWK'), 'utf8'));
const privateKey = await importJWK(privateJwk, 'ES256');
const keyAuth = (options) => oauth.PrivateKeyJwt({ key: privateKey, kid: privateJwk.kid }, options);
const [access1, refresh1, access2, refresh2] = ['ACCESS_1', 'REFRESH_1', 'ACCESS_2', 'REFRESH_2'].map(env);
const insecure = { [oauth.allowInsecureRequests]: true }; // CI serves plain http on loopback
const issuerUrl = new URL(issuer);

const as = await oauth.processDiscoveryResponse(issuerUrl,
  await oauth.discoveryRequest(issuerUrl, { algorithm: 'oauth2', ...insecure }));
console.log(`oauth4webapi: discovery accepted (issuer ${as.issuer})`);

const verify = await finGuardVerifier(issuer, audience);
const claims = await verify(access1);
assert.equal(claims.iss, issuer);
console.log(`jose: access token verified offline (typ at+jwt, iss, aud, ES256), sub ${claims.sub}`);
const [h, p, s] = access1.split('.');
const forged = Buffer.from(JSON.stringify({ ...claims, scope: claims.scope + ' admin' })).toString('base64url');
await assert.rejects(verify(`${h}.${forged}.${s}`), 'a forged payload must be refused');
console.log('jose: forged token refused');

const introspect = async (token, auth = oauth.ClientSecretBasic(secret), who = client) => oauth.processIntrospectionResponse(
  as, who, await oauth.introspectionRequest(as, who, auth, token, insecure));
const revoke = async (token, auth = oauth.ClientSecretBasic(secret), who = client) => oauth.processRevocationResponse(
  await oauth.revocationRequest(as, who, auth, token, insecure));

const active = await introspect(access1);
assert.equal(active.active, true);
assert.equal(active.sub, claims.sub);
assert.equal((await introspect(access1, oauth.ClientSecretPost(secret))).active, true);
console.log('oauth4webapi: introspection active with client_secret_basic and client_secret_post');
await assert.rejects(introspect(access1, oauth.ClientSecretBasic(secret + 'x')), 'a wrong secret must be refused');
assert.equal((await introspect(`${h}.${forged}.${s}`)).active, false);
console.log('oauth4webapi: wrong client secret refused (invalid_client); forged token inactive');

assert.ok(as.introspection_endpoint_auth_methods_supported.includes('private_key_jwt'));
assert.ok(as.introspection_endpoint_auth_signing_alg_values_supported.includes('ES256'));
const byKey = await introspect(access1, keyAuth(), keyClient);
assert.equal(byKey.active, true);
assert.equal(byKey.sub, claims.sub);
const sameJti = { [oauth.modifyAssertion]: (header, payload) => { payload.jti = 'ci-replayed-jti'; } };
assert.equal((await introspect(access1, keyAuth(sameJti), keyClient)).active, true);
await assert.rejects(introspect(access1, keyAuth(sameJti), keyClient), (err) => err.status === 401,
  'a replayed assertion (jti seen) must be refused with 401');
console.log(`oauth4webapi: private_key_jwt (ES256, aud ${as.issuer}) introspects; a replayed jti is refused (invalid_client)`);

await revoke(access1, keyAuth(), keyClient);
assert.equal((await introspect(access1)).active, false);
await verify(access1);
console.log('oauth4webapi: access token revoked (private_key_jwt): introspection inactive at once; jose offline still accepts it until exp');

assert.equal((await introspect(access2)).active, true);
await revoke(refresh2);
assert.equal((await introspect(access2)).active, false);
await revoke(refresh1);
console.log('oauth4webapi: refresh token revoked: its session\'s access token inactive at once; revoking again answers 200');
console.log('oauth clients: all checks passed');
