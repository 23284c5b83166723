/** Login and the session after it: OTP request and verify, step-up, refresh, logout, /v1/me and credential change. */
package io.finguard.adapters.web.session;
