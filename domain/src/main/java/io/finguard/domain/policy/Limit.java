package io.finguard.domain.policy;

import io.finguard.domain.port.out.RateLimiter;
/** The limits a {@link RateLimiter} enforces; a denial names the one that refused. */
public enum Limit {
    OTP_RESEND_COOLDOWN,
    OTP_PHONE_BURST,
    OTP_PHONE_DAILY,
    OTP_IP_SENDS,
    OTP_IP_VERIFIES,
    OTP_COARSE_NETWORK_SENDS,
    OTP_COARSE_NETWORK_VERIFIES,
    OTP_PHONE_LOCKED,
    OTP_PREFIX_ANOMALY,
    OTP_GLOBAL_BUDGET,
    USER_TRANSFERS,
    STEP_UP_LOCKED,
    ACCOUNT_CEILING,
    ADMIN_REQUESTS,
    HASHING_SUBJECT,
    HASHING_CLIENT
}
