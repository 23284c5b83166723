/**
 * OAuth integration points for resource servers: authorization-server metadata (RFC 8414), token introspection
 * (RFC 7662) and revocation (RFC 7009), for registered clients that authenticate with a secret.
 */
package io.finguard.adapters.web.oauth;
