/** Routes about the service itself: health, metrics, public keys and the API contract (openapi.json, /docs). */
package io.finguard.adapters.web.ops;
