package io.finguard.adapters.web.passkey;

import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.Reply;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.CredentialId;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.port.in.BeginPasskeyRegistration;
import io.finguard.domain.port.in.BeginPasskeyStepUp;
import io.finguard.domain.port.in.PasskeyView;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

/** The answers of the passkey routes: WebAuthn options as {@code PublicKeyCredential*OptionsJSON}, views, refusals. */
final class PasskeyReplies {
    private static final String RP_NAME = "FinGuard";
    private static final List<Parameter> ALGORITHMS = List.of(new Parameter("public-key", -7), new Parameter("public-key", -257));

    private PasskeyReplies() {
    }

    record Parameter(String type, int alg) {
    }

    record Descriptor(String type, String id) {
        static Descriptor of(CredentialId credential) {
            return new Descriptor("public-key", credential.encoded());
        }
    }

    record RelyingParty(String id, String name) {
    }

    record User(String id, String name, String displayName) {
    }

    record Selection(String residentKey, String userVerification) {
    }

    record CreationOptions(String challenge, RelyingParty rp, User user, List<Parameter> pubKeyCredParams, long timeout,
                           List<Descriptor> excludeCredentials, Selection authenticatorSelection, String attestation) {
    }

    record RequestOptions(String challenge, String rpId, List<Descriptor> allowCredentials, long timeout, String userVerification) {
    }

    /** The options go under {@code publicKey}, as {@code navigator.credentials.create/get} take them. */
    record Options<T>(T publicKey) {
    }

    record PasskeyBody(String id, String name, List<String> transports, Instant createdAt, Instant lastUsedAt) {
        static PasskeyBody of(PasskeyView view) {
            return new PasskeyBody(view.id().toString(), view.name(), view.transports(), view.createdAt(),
                    view.lastUsedAt().orElse(null));
        }
    }

    record PasskeyList(List<PasskeyBody> passkeys) {
    }

    /**
     * The user handle is the user id's 16 bytes: stable, and no personal data (WebAuthn section 14.6.1); the name shown
     * in account pickers is the id too, never the phone number.
     */
    static Reply creation(BeginPasskeyRegistration.Result.Options options, String rpId) {
        UserId user = options.user();
        byte[] handle = ByteBuffer.allocate(16).putLong(user.value().getMostSignificantBits())
                .putLong(user.value().getLeastSignificantBits()).array();
        return Reply.json(200, new Options<>(new CreationOptions(options.challenge().encoded(), new RelyingParty(rpId, RP_NAME),
                new User(PasskeyBodies.encode(handle), "finguard-" + user, RP_NAME + " account"), ALGORITHMS,
                options.timeout().toMillis(), options.exclude().stream().map(Descriptor::of).toList(),
                new Selection("required", "required"), "none")));
    }

    static Reply request(BeginPasskeyStepUp.Result.Options options, String rpId) {
        return Reply.json(200, new Options<>(new RequestOptions(options.challenge().encoded(), rpId,
                options.allow().stream().map(Descriptor::of).toList(), options.timeout().toMillis(), "required")));
    }

    /**
     * A missing or spent challenge is a conflict with the server's state (ask for options again); a credential
     * registered already or one too many is a conflict too; anything else is a response that does not verify: 401 when
     * it was meant to prove the user, 422 when it was meant to register a passkey.
     */
    static Reply refused(PasskeyRefusal reason, boolean proving) {
        int status = switch (reason) {
            case CHALLENGE_MISSING, ALREADY_REGISTERED, LIMIT_REACHED -> 409;
            case INVALID, WRONG_ORIGIN, WRONG_RP_ID, WRONG_CHALLENGE, USER_NOT_VERIFIED, UNKNOWN, SIGN_COUNT_REGRESSED ->
                    proving ? 401 : 422;
        };
        return Reply.problem(status, reason.code(), detail(reason));
    }

    static Reply noPasskey() {
        return Reply.problem(409, ProblemCode.NO_PASSKEY, "No passkey is registered; step up with the PIN or password.");
    }

    static Reply stepUpRequired() {
        return Reply.problem(403, RefusalCode.STEP_UP_REQUIRED.code(),
                "Prove your PIN, password or passkey again (POST /v1/auth/step-up) within the last five minutes.");
    }

    private static String detail(PasskeyRefusal reason) {
        return switch (reason) {
            case CHALLENGE_MISSING -> "No live challenge: ask for new options.";
            case ALREADY_REGISTERED -> "This passkey is registered already.";
            case LIMIT_REACHED -> "No more passkeys can be registered; remove one first.";
            case UNKNOWN -> "This passkey is not registered for this user.";
            case SIGN_COUNT_REGRESSED -> "The passkey's signature counter went back; it may have been cloned.";
            case USER_NOT_VERIFIED -> "The authenticator did not verify the user.";
            case WRONG_ORIGIN -> "The passkey was used from an origin this service does not accept.";
            case WRONG_RP_ID -> "The passkey belongs to another relying party.";
            case WRONG_CHALLENGE -> "The passkey signed another challenge.";
            case INVALID -> "The passkey response does not verify.";
        };
    }
}
