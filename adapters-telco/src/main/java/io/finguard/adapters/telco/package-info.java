/**
 * The mobile network behind the {@code SimSwapCheck} out-port: the GSMA CAMARA SIM Swap API over
 * {@code java.net.http}, with OAuth2 client credentials, timeouts and a circuit breaker.
 */
package io.finguard.adapters.telco;
