"""DPoP (RFC 9449) for benchmarks/run: client keys, and proofs made ahead of a wrk invocation (wrk cannot sign).

As a module: new_key(), save_keys()/load_keys() (one private P-256 key a line, PEM without line breaks) and
proof(key, htm, htu, token=None): one fresh ES256 proof (typ dpop+jwt, the public key as jwk, a unique jti, iat now,
ath = base64url(SHA-256(token)) when a token is presented).

proofs: for each token of --tokens (line i, proven by key line i of --keys), enough single-use proofs for --rate
requests a second over --seconds, written as lines "<token line> <iat> <proof>" ordered by iat. The iat of each proof
is the second it is meant to be sent in, counted from the end of the generation (its duration estimated from a first
batch), so a proof is at most a few seconds old or early when it is sent; lib/bench.lua never sends one twice.
"""
import argparse, base64, hashlib, json, math, os, sys, time
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

b64 = lambda raw: base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
compact = lambda obj: json.dumps(obj, separators=(",", ":")).encode()
ES256 = ec.ECDSA(hashes.SHA256())


def new_key():
    return ec.generate_private_key(ec.SECP256R1())


def save_keys(keys, path):
    with open(path, "w") as f:
        for key in keys:
            pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption()).decode()
            f.write(pem.replace("\n", "|") + "\n")


def load_keys(path):
    return [serialization.load_pem_private_key(line.strip().replace("|", "\n").encode(), None)
            for line in open(path) if line.strip()]


def header(key):
    """The proof's encoded JOSE header: the same for every proof by this key."""
    numbers = key.public_key().public_numbers()
    jwk = {"kty": "EC", "crv": "P-256", "x": b64(numbers.x.to_bytes(32, "big")), "y": b64(numbers.y.to_bytes(32, "big"))}
    return b64(compact({"typ": "dpop+jwt", "alg": "ES256", "jwk": jwk}))


def ath(token):
    return b64(hashlib.sha256(token.encode()).digest())


def sign(key, encoded_header, claims):
    signing_input = (encoded_header + "." + b64(compact(claims))).encode()
    r, s = decode_dss_signature(key.sign(signing_input, ES256))
    return signing_input.decode() + "." + b64(r.to_bytes(32, "big") + s.to_bytes(32, "big"))


def claims(jti, htm, htu, iat, token_hash=None):
    """A proof's claims; ath (the hash of the access token it presents) only when it presents one."""
    body = {"jti": jti, "htm": htm, "htu": htu, "iat": iat}
    if token_hash is not None:
        body["ath"] = token_hash
    return body


def proof(key, htm, htu, token=None, iat=None):
    return sign(key, header(key), claims(b64(os.urandom(16)), htm, htu, int(time.time()) if iat is None else iat,
                                         None if token is None else ath(token)))


def proofs(args):
    keys = load_keys(args.keys)
    tokens = [line.strip() for line in open(args.tokens) if line.strip()]
    if len(keys) < len(tokens):
        sys.exit(f"{len(tokens)} tokens but only {len(keys)} keys in {args.keys}")
    per_second = math.ceil(args.rate / len(tokens))  # proofs per token and second
    total = per_second * len(tokens) * (args.seconds + 1)
    headers, hashes_ = [header(k) for k in keys], [ath(t) for t in tokens]
    prefix, n = b64(os.urandom(9)), 0
    # A first batch times this machine: the iats count from when all proofs will be ready.
    started = time.monotonic()
    sample = [sign(keys[0], headers[0], claims(f"{prefix}-s{i}", args.htm, args.htu, 0)) for i in range(min(200, total))]
    per_proof = (time.monotonic() - started) / max(1, len(sample))
    t0 = math.ceil(time.time() + per_proof * total)
    with open(args.out, "w") as f:
        for second in range(args.seconds + 1):
            for i, token_hash in enumerate(hashes_):
                for _ in range(per_second):
                    n += 1
                    body = claims(f"{prefix}-{n}", args.htm, args.htu, t0 + second, token_hash)
                    f.write(f"{i} {t0 + second} {sign(keys[i], headers[i], body)}\n")
    elapsed = time.monotonic() - started
    summary = {"proofs": n, "tokens": len(tokens), "proofs_per_token_second": per_second, "seconds_covered": args.seconds + 1,
               "generation_s": round(elapsed, 2), "proofs_per_s_generated": round(n / elapsed), "ready_late_s": round(time.time() - t0, 2)}
    json.dump(summary, open(args.out + ".json", "w"))
    print(f"DPoP: {n} proofs for {len(tokens)} tokens ({per_second} per token and second over {args.seconds + 1} s) "
          f"in {elapsed:.1f} s ({n / elapsed:.0f}/s)", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("proofs")
    p.add_argument("--keys", required=True); p.add_argument("--tokens", required=True); p.add_argument("--out", required=True)
    p.add_argument("--htm", default="GET"); p.add_argument("--htu", required=True)
    p.add_argument("--rate", type=float, required=True, help="requests/s to cover, over all tokens")
    p.add_argument("--seconds", type=int, required=True)
    args = parser.parse_args()
    proofs(args)


if __name__ == "__main__":
    sys.exit(main())
