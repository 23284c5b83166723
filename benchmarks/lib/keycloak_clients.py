"""Keycloak's side of benchmarks/run, through its admin REST API and OpenID Connect endpoints.

prepare: a realm (Argon2id password hashing, refresh-token rotation on, long token lifetimes so no token
         expires during the run), a public client with direct-access grants, a confidential client for
         introspection, users with a password, and tokens minted by password grants for the wrk scenarios.
"""
import argparse, base64, json, os, sys, time, urllib.error, urllib.parse, urllib.request


def call(method, url, body=None, token=None, form=None, expect=(200, 201, 204)):
    headers = {}
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

    def grant(i):
        return call("POST", f"{base}/realms/{realm}/protocol/openid-connect/token", form={
            "grant_type": "password", "client_id": client, "scope": "openid",
            "username": f"user{i % args.users}", "password": args.password})

    with open(os.path.join(args.out, "kc-refresh.tokens"), "w") as f:
        for i in range(args.refresh):
            f.write(grant(i)["refresh_token"] + "\n")
    with open(os.path.join(args.out, "kc-userinfo.tokens"), "w") as f:
        for i in range(args.userinfo):
            f.write(grant(i)["access_token"] + "\n")
    print(f"prepared Keycloak realm '{realm}': {args.users} users ({created:.1f} s), "
          f"{args.refresh} refresh chains, {args.userinfo} userinfo tokens")


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--base", required=True); p.add_argument("--out", required=True)
    p.add_argument("--realm", default="bench"); p.add_argument("--client", default="bench")
    p.add_argument("--users", type=int, default=16); p.add_argument("--refresh", type=int, default=24)
    p.add_argument("--userinfo", type=int, default=8); p.add_argument("--password", required=True)
    args = parser.parse_args()
    prepare(args)


if __name__ == "__main__":
    sys.exit(main())
