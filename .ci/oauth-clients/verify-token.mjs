import * as jose from 'jose';

// A resource server's check of FinGuard access tokens, configured only from FinGuard's discovery document.
export async function finGuardVerifier(issuer, audience) {
  const response = await fetch(new URL('/.well-known/oauth-authorization-server', issuer));
  const metadata = await response.json();
  if (metadata.issuer !== issuer) throw new Error('the metadata names another issuer');
  const keys = jose.createRemoteJWKSet(new URL(metadata.jwks_uri));
  return async (token) => {
    const { payload } = await jose.jwtVerify(token, keys, {
      issuer: metadata.issuer, audience, typ: 'at+jwt', algorithms: ['ES256'],
    });
    return payload; // sub, scope, acr, sid, cnf.jkt for DPoP-bound tokens...
  };
}
