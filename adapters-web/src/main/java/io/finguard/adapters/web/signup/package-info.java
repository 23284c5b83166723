/** Onboarding after the first OTP login: the signup state, credentials, profile and submission. */
package io.finguard.adapters.web.signup;
