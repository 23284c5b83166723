// Makes the key pair of the serve smoke's private_key_jwt client with jose: the private JWK (for check.mjs) and the
// public JWK (for `finguard clients add --jwk-file`), written to the two paths given, readable by the owner only.
import { writeFileSync } from 'node:fs';
import { exportJWK, generateKeyPair } from 'jose';

const [privatePath, publicPath] = process.argv.slice(2);
if (!privatePath || !publicPath) throw new Error('usage: node client-key.mjs <private.jwk> <public.jwk>');
const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
const kid = 'ci-key-1';
writeFileSync(privatePath, JSON.stringify({ ...(await exportJWK(privateKey)), kid, alg: 'ES256' }), { mode: 0o600 });
writeFileSync(publicPath, JSON.stringify({ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }), { mode: 0o600 });
