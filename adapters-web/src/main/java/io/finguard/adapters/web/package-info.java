/**
 * The HTTP adapter: Javalin 7 routes that parse and check input at the edge, call one in-port each and map
 * every sealed result variant to one answer ({@link io.finguard.adapters.web.WebApi} is the entry point,
 * built from {@link io.finguard.domain.port.in.FinGuardUseCases} and {@link io.finguard.adapters.web.WebConfig}).
 * This package holds the entry points and the edge every route shares (bodies, guards, replies, problems); the
 * routes live in feature subpackages: session, signup, account, operator, ops.
 * Errors are RFC 9457 problems; the contract is {@code openapi.json} next to this package's resources.
 */
package io.finguard.adapters.web;
