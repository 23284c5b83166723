package io.finguard.adapters.web;

import java.util.Set;

/**
 * What a route costs, for load shedding: each class has its own bound on requests in flight, so a flood of slow
 * hashing requests cannot take the places of cheap reads, nor the reverse.
 */
public enum RouteClass {
    /** Routes that may run Argon2id on a PIN or password (signup credentials and profile, step-up, credential change). */
    HASHING,
    /** Every other route that reads or writes PostgreSQL or Redis; the class of any route not named below. */
    DATABASE,
    /** Routes that read no store: the JWKS, the OpenAPI document and its page. */
    CHEAP;

    private static final Set<String> HASHING_ROUTES = Set.of("PUT /v1/signup/credentials", "PUT /v1/signup/profile",
            "POST /v1/auth/step-up", "PUT /v1/me/credentials");
    private static final Set<String> CHEAP_ROUTES = Set.of("GET /.well-known/jwks.json", "GET /openapi.json", "GET /docs");

    /** The class of a request by its method and path; a route added without a class here counts as DATABASE. */
    public static RouteClass of(String method, String path) {
        String route = method + " " + path;
        if (HASHING_ROUTES.contains(route)) {
            return HASHING;
        }
        if (CHEAP_ROUTES.contains(route) || path.startsWith("/webjars/")) {
            return CHEAP;
        }
        return DATABASE;
    }
}
