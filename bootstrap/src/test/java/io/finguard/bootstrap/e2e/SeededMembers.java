package io.finguard.bootstrap.e2e;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * People who need a second code for their phone later: returning users, an abandoned signup, a resend. Every
 * phone waits {@link Onboarding#RESEND_COOLDOWN} between codes, so they are made once per JVM, in the background
 * as soon as the shared service is up; by the time a test needs them the cooldown has run out.
 */
final class SeededMembers {
    private static CompletableFuture<Seeds> seeding;

    private SeededMembers() {
    }

    /**
     * @param knownDevice   LIMITED, will log in again on its signup device
     * @param newDevice     LIMITED, will log in again on another device
     * @param fullTier      FULL, will log in again on its signup device
     * @param toBlock       LIMITED, will be blocked by an operator
     * @param forDataChecks LIMITED, will become FULL, send money and log in again before the data checks
     * @param noDevice      LIMITED, signed up without ever naming a device; will log in again without one
     * @param abandoned     a signup that stopped after its credentials
     * @param resend        a code request whose code will be superseded by a resend
     */
    record Seeds(Member knownDevice, Member newDevice, Member fullTier, Member toBlock, Member forDataChecks,
                 Member noDevice, AbandonedSignup abandoned, Challenge resend) {
    }

    /** A phone that was proven and got as far as CREDENTIALS_SET, then left. */
    record AbandonedSignup(String phone, String device, String signupId, Instant codeSentAt) {
    }

    static synchronized void startSeeding(E2eStack stack) {
        if (seeding == null) {
            seeding = CompletableFuture.supplyAsync(() -> seed(stack.onboarding()));
        }
    }

    /** The seeds, once made (their cooldowns may still be running: see {@link Onboarding#awaitResendAllowed}). */
    static Seeds get() {
        E2eStack.shared();
        CompletableFuture<Seeds> running;
        synchronized (SeededMembers.class) {
            running = seeding;
        }
        try {
            return running.join();
        } catch (CompletionException e) {
            throw new AssertionError("seeding the returning members failed", e.getCause());
        }
    }

    private static Seeds seed(Onboarding onboarding) {
        long started = System.nanoTime();
        Member knownDevice = onboarding.signUp();
        Member newDevice = onboarding.signUp();
        Member fullTier = onboarding.upgradeToFull(onboarding.signUp());
        Member toBlock = onboarding.signUp();
        Member forDataChecks = onboarding.signUp();
        Member noDevice = onboarding.signUp(null);
        AbandonedSignup abandoned = abandon(onboarding);
        Challenge resend = onboarding.requestCode(Phones.fresh());
        System.out.println("[e2e] seeded 6 members, 1 abandoned signup and 1 pending code in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return new Seeds(knownDevice, newDevice, fullTier, toBlock, forDataChecks, noDevice, abandoned, resend);
    }

    private static AbandonedSignup abandon(Onboarding onboarding) {
        String phone = Phones.fresh();
        String device = Onboarding.newDevice();
        Challenge challenge = onboarding.requestCode(phone);
        String ticket = onboarding.signupTicket(challenge, device);
        ApiResponse saved = Onboarding.expect(
                onboarding.setCredentials(ticket, Onboarding.newPassword(), Onboarding.newPin(phone)), 200);
        return new AbandonedSignup(phone, device, saved.text("/signupId"), challenge.sentAt());
    }
}
