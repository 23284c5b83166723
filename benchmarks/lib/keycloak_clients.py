"""Keycloak's side of benchmarks/run, through its admin REST API and OpenID Connect endpoints.

prepare: a realm (Argon2id password hashing, refresh-token rotation on, long token lifetimes so no token
         expires during the run), a public client with direct-access grants, a confidential client for
         introspection, users with a password, and tokens minted by password grants for the wrk scenarios.
dpop-tokens: access tokens bound to DPoP keys (lib/dpop.py, one key per token, saved beside the tokens), from password
         grants that carry a proof, made just before the DPoP read so they are fresh (DPoP is a default feature of
         Keycloak since 26.4: no build option).
"""
import argparse, base64, json, os, sys, time, urllib.error, urllib.parse, urllib.request
import dpop


def call(method, url, body=None, token=None, form=None, expect=(200, 201, 204), headers=None):
    headers = dict(headers or {})
    data = None
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["content-type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body).encode()
        headers["content-type"] = "application/json"
    if token:
        headers["authorization"] = "Bearer " + token
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as resp:
            raw, status = resp.read(), resp.status
    except urllib.error.HTTPError as e:
        raw, status = e.read(), e.code
    if status not in expect:
        raise RuntimeError(f"{method} {url} answered {status}: {raw[:300]!r}")
    return json.loads(raw) if raw else {}


def prepare(args):
    base, realm, client = args.base, args.realm, args.client
    admin = call("POST", f"{base}/realms/master/protocol/openid-connect/token", form={
        "grant_type": "password", "client_id": "admin-cli", "username": "admin",
        "password": os.environ["KC_ADMIN_PASSWORD"]})["access_token"]
    call("POST", f"{base}/admin/realms", {
        "realm": realm, "enabled": True, "passwordPolicy": "hashAlgorithm(argon2)",
        "accessTokenLifespan": 3600, "revokeRefreshToken": True, "refreshTokenMaxReuse": 0,
        "ssoSessionIdleTimeout": 36000, "ssoSessionMaxLifespan": 36000, "bruteForceProtected": False,
        "eventsEnabled": False, "adminEventsEnabled": False}, admin)
    # Keycloak lets a client introspect only tokens that name it in their audience (as FinGuard's client registration
    # names the audience it may introspect): the bench client's tokens carry bench-rs.
    call("POST", f"{base}/admin/realms/{realm}/clients", {
        "clientId": client, "publicClient": True, "directAccessGrantsEnabled": True,
        "standardFlowEnabled": False, "protocol": "openid-connect",
        "protocolMappers": [{"name": "bench-rs audience", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
                             "config": {"included.client.audience": "bench-rs", "access.token.claim": "true",
                                        "id.token.claim": "false", "introspection.token.claim": "true"}}]}, admin)
    # A confidential client for token introspection (a resource server asking whether a token is active).
    secret = base64.urlsafe_b64encode(os.urandom(24)).decode().rstrip("=")
    call("POST", f"{base}/admin/realms/{realm}/clients", {
        "clientId": "bench-rs", "publicClient": False, "secret": secret, "serviceAccountsEnabled": False,
        "directAccessGrantsEnabled": False, "standardFlowEnabled": False, "protocol": "openid-connect"}, admin)
    with open(os.path.join(args.out, "kc-rs.secret"), "w") as f:
        f.write(secret)
    started = time.perf_counter()
    for i in range(args.users):
        call("POST", f"{base}/admin/realms/{realm}/users", {
            "username": f"user{i}", "enabled": True, "email": f"user{i}@bench.example", "emailVerified": True,
            "firstName": "Bench", "lastName": f"User{i}",
            "credentials": [{"type": "password", "value": args.password, "temporary": False}]}, admin)
    created = time.perf_counter() - started
    encoded = urllib.parse.quote_plus(args.password)
    with open(os.path.join(args.out, "kc-password.tokens"), "w") as f:
        for i in range(args.users):
            f.write(f"user{i} {encoded}\n")

    grant = lambda i: password_grant(args, f"user{i % args.users}")

    with open(os.path.join(args.out, "kc-refresh.tokens"), "w") as f:
        for i in range(args.refresh):
            f.write(grant(i)["refresh_token"] + "\n")
    with open(os.path.join(args.out, "kc-userinfo.tokens"), "w") as f:
        for i in range(args.userinfo):
            f.write(grant(i)["access_token"] + "\n")
    print(f"prepared Keycloak realm '{realm}': {args.users} users ({created:.1f} s), "
          f"{args.refresh} refresh chains, {args.userinfo} userinfo tokens")


def password_grant(args, username, key=None):
    url = f"{args.base}/realms/{args.realm}/protocol/openid-connect/token"
    return call("POST", url, form={"grant_type": "password", "client_id": args.client, "scope": "openid",
                                   "username": username, "password": args.password},
                headers={"DPoP": dpop.proof(key, "POST", url)} if key else None)


def dpop_tokens(args):
    keys = [dpop.new_key() for _ in range(args.count)]
    with open(os.path.join(args.out, "kc-userinfo-dpop.tokens"), "w") as f:
        for i, key in enumerate(keys):
            answer = password_grant(args, f"user{i}", key)
            if answer.get("token_type") != "DPoP":
                raise RuntimeError(f"a password grant with a DPoP proof gave token_type {answer.get('token_type')}")
            f.write(answer["access_token"] + "\n")
    dpop.save_keys(keys, os.path.join(args.out, "kc-userinfo-dpop.keys"))


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--base", required=True); p.add_argument("--out", required=True)
    p.add_argument("--realm", default="bench"); p.add_argument("--client", default="bench")
    p.add_argument("--users", type=int, default=16); p.add_argument("--refresh", type=int, default=24)
    p.add_argument("--userinfo", type=int, default=8); p.add_argument("--password", required=True)
    d = sub.add_parser("dpop-tokens")
    d.add_argument("--base", required=True); d.add_argument("--out", required=True)
    d.add_argument("--realm", default="bench"); d.add_argument("--client", default="bench")
    d.add_argument("--count", type=int, default=8); d.add_argument("--password", required=True)
    args = parser.parse_args()
    {"prepare": prepare, "dpop-tokens": dpop_tokens}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
