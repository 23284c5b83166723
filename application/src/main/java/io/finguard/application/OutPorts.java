package io.finguard.application;

import io.finguard.domain.port.out.AccountOverviews;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.port.out.AuditLog;
import io.finguard.domain.port.out.ClientAssertions;
import io.finguard.domain.port.out.CodeSealer;
import io.finguard.domain.port.out.CommonPasswords;
import io.finguard.domain.port.out.EventOutbox;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.KycProvider;
import io.finguard.domain.port.out.KycSubmissions;
import io.finguard.domain.port.out.Ledger;
import io.finguard.domain.port.out.OtpChallenges;
import io.finguard.domain.port.out.OtpCodes;
import io.finguard.domain.port.out.Outbox;
import io.finguard.domain.port.out.PinTags;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.RefreshTokens;
import io.finguard.domain.port.out.RevokedSessions;
import io.finguard.domain.port.out.RiskEngine;
import io.finguard.domain.port.out.SecretHasher;
import io.finguard.domain.port.out.SessionSnapshots;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.TokenIssuer;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.SimSwapCheck;
import io.finguard.domain.port.out.UserActivity;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.port.out.DpopProofs;
import io.finguard.domain.port.out.KnownKeys;
import io.finguard.domain.port.out.SeenProofs;
import java.time.Clock;
import java.util.Objects;

/** Every out-port the use cases need, as bound by a composition root (real adapters or in-memory ones). */
public record OutPorts(Transactions transactions, OtpChallenges challenges, PreUsers preUsers, Users users, Accounts accounts,
                       Sessions sessions, AuditLog auditLog, Outbox outbox, KycSubmissions kycSubmissions, Ledger ledger,
                       RateLimiter rateLimiter, SecretHasher hasher, PinTags pinTags, OtpCodes otpCodes, CodeSealer codeSealer,
                       TokenIssuer tokens,
                       RefreshTokens refreshTokens, KycProvider kycProvider, RiskEngine risk, CommonPasswords commonPasswords,
                       Ids ids, Clock clock, KnownKeys knownKeys, DpopProofs dpopProofs, SeenProofs seenProofs,
                       ClientAssertions clientAssertions,
                       RevokedSessions revokedSessions,
                       PasskeyPorts passkeys,
                       UserActivity userActivity, SimSwapCheck simSwapCheck, EventOutbox events,
                       AccountOverviews accountOverviews, SessionSnapshots sessionSnapshots) {
    public OutPorts {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(challenges, "challenges");
        Objects.requireNonNull(preUsers, "preUsers");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(kycSubmissions, "kycSubmissions");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(rateLimiter, "rateLimiter");
        Objects.requireNonNull(hasher, "hasher");
        Objects.requireNonNull(pinTags, "pinTags");
        Objects.requireNonNull(otpCodes, "otpCodes");
        Objects.requireNonNull(codeSealer, "codeSealer");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(refreshTokens, "refreshTokens");
        Objects.requireNonNull(kycProvider, "kycProvider");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(commonPasswords, "commonPasswords");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(knownKeys, "knownKeys");
        Objects.requireNonNull(dpopProofs, "dpopProofs");
        Objects.requireNonNull(seenProofs, "seenProofs");
        Objects.requireNonNull(clientAssertions, "clientAssertions");
        Objects.requireNonNull(revokedSessions, "revokedSessions");
        Objects.requireNonNull(passkeys, "passkeys");
        Objects.requireNonNull(userActivity, "userActivity");
        Objects.requireNonNull(simSwapCheck, "simSwapCheck");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(accountOverviews, "accountOverviews");
        Objects.requireNonNull(sessionSnapshots, "sessionSnapshots");
    }
}
