package io.finguard.adapters.web.signup;

import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.Checks;
import io.finguard.adapters.web.Dpop;
import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.ProblemException;
import io.finguard.adapters.web.RateLimitReplies;
import io.finguard.adapters.web.Reply;
import io.finguard.adapters.web.RequestBody;
import io.finguard.adapters.web.RequestContext;
import io.finguard.adapters.web.session.LoginReplies;
import io.finguard.adapters.web.session.OtpEndpoints;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.policy.WeakSecret;
import io.finguard.domain.port.in.CompleteProfile;
import io.finguard.domain.port.in.SetCredentials;
import io.finguard.domain.port.in.SignupView;
import io.finguard.domain.port.in.SubmitSignup;
import io.finguard.domain.port.in.ViewSignup;
import io.finguard.domain.signup.Address;
import io.finguard.domain.signup.Profile;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** GET /v1/signup and the signup steps S2-S5, all under a signup ticket. */
public final class SignupEndpoints {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String DEVICE_HEADER = "X-Device-Id";
    private final ViewSignup viewSignup;
    private final SetCredentials setCredentials;
    private final CompleteProfile completeProfile;
    private final SubmitSignup submitSignup;
    private final Guard guard;
    private final Edge edge;
    private final LoginReplies logins;
    private final RateLimitReplies limits;
    private final Dpop dpop;

    public SignupEndpoints(ViewSignup viewSignup, SetCredentials setCredentials, CompleteProfile completeProfile,
                           SubmitSignup submitSignup, Guard guard, Edge edge, LoginReplies logins, RateLimitReplies limits, Dpop dpop) {
        this.dpop = dpop;
        this.viewSignup = viewSignup;
        this.setCredentials = setCredentials;
        this.completeProfile = completeProfile;
        this.submitSignup = submitSignup;
        this.guard = guard;
        this.edge = edge;
        this.logins = logins;
        this.limits = limits;
    }

    /** Lengths only: the password and PIN policies themselves run in the use case (422 with their code). */
    record CredentialsRequest(String password, String pin) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.text("password", password, 1, 1024).text("pin", pin, 1, 32);
        }

        @Override
        public String toString() {
            return "CredentialsRequest[redacted]";
        }
    }

    record AddressRequest(String line1, String line2, String city, String postalCode, String country) {
    }

    record ProfileRequest(String firstName, String lastName, String dateOfBirth, AddressRequest address)
            implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.text("firstName", firstName, Profile.NAME)
                    .text("lastName", lastName, Profile.NAME)
                    .optionalMatches("dateOfBirth", dateOfBirth, DATE, "a date as YYYY-MM-DD")
                    .that(dateOfBirth == null || !DATE.matcher(dateOfBirth).matches() || parsedDate().isPresent(),
                            "dateOfBirth", "must be a real calendar date")
                    .present("address", address);
            if (address != null) {
                checks.text("address.line1", address.line1(), Address.LINE)
                        .optionalText("address.line2", address.line2(), Address.SECOND_LINE)
                        .text("address.city", address.city(), Address.CITY)
                        .text("address.postalCode", address.postalCode(), Address.POSTAL_CODE)
                        .matches("address.country", address.country(), COUNTRY, "an ISO 3166 alpha-2 code");
            }
        }

        Optional<LocalDate> parsedDate() {
            try {
                return Optional.ofNullable(dateOfBirth).map(LocalDate::parse);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        Profile toProfile() {
            return new Profile(firstName, lastName, parsedDate(), new Address(address.line1(), address.line2(),
                    address.city(), address.postalCode(), address.country()));
        }
    }

    public void view(Context ctx) {
        PreUserId signup = guard.signupTicket(ctx);
        Reply reply = switch (viewSignup.view(signup)) {
            case ViewSignup.Result.Found found -> Reply.json(200, SignupBody.of(found.signup()));
            case ViewSignup.Result.NotFound notFound -> notFound();
        };
        edge.reply(ctx, reply);
    }

    public void credentials(Context ctx) {
        PreUserId signup = guard.signupTicket(ctx);
        CredentialsRequest body = edge.body(ctx, CredentialsRequest.class);
        var command = new SetCredentials.Command(signup, body.password(), body.pin(), RequestContext.client(ctx));
        Reply reply = switch (setCredentials.set(command)) {
            case SetCredentials.Result.Saved saved -> Reply.json(200, SignupBody.of(saved.signup()));
            case SetCredentials.Result.Weak weak -> weak(weak.reason());
            case SetCredentials.Result.InvalidState invalid -> invalidState(invalid.signup());
            case SetCredentials.Result.NotFound notFound -> notFound();
            case SetCredentials.Result.Throttled throttled -> limits.throttled(throttled.limit(), throttled.retryAfter());
        };
        edge.reply(ctx, reply);
    }

    public void profile(Context ctx) {
        PreUserId signup = guard.signupTicket(ctx);
        ProfileRequest body = edge.body(ctx, ProfileRequest.class);
        var command = new CompleteProfile.Command(signup, body.toProfile(), RequestContext.client(ctx));
        Reply reply = switch (completeProfile.complete(command)) {
            case CompleteProfile.Result.Saved saved -> Reply.json(200, SignupBody.of(saved.signup()));
            case CompleteProfile.Result.WeakPin weak -> weak(weak.reason());
            case CompleteProfile.Result.InvalidState invalid -> invalidState(invalid.signup());
            case CompleteProfile.Result.NotFound notFound -> notFound();
            case CompleteProfile.Result.Throttled throttled -> limits.throttled(throttled.limit(), throttled.retryAfter());
        };
        edge.reply(ctx, reply);
    }

    public void submit(Context ctx) {
        PreUserId signup = guard.signupTicket(ctx);
        edge.noBody(ctx);
        var command = new SubmitSignup.Command(signup, RequestContext.client(ctx), deviceOf(ctx), dpop.keyForIssuing(ctx));
        Reply reply = switch (submitSignup.submit(command)) {
            case SubmitSignup.Result.Approved approved -> logins.reply(201, approved.login());
            case SubmitSignup.Result.UnderReview review -> Reply.json(202, SignupBody.of(review.signup()));
            case SubmitSignup.Result.Rejected rejected -> Reply.problem(
                    Problem.of(403, RefusalCode.SIGNUP_REJECTED.code(), "The signup was not approved.").withSignup(SignupBody.of(rejected.signup())));
            case SubmitSignup.Result.InvalidState invalid -> invalidState(invalid.signup());
            case SubmitSignup.Result.NotFound notFound -> notFound();
        };
        edge.reply(ctx, reply);
    }

    /** The device travels as a header here because submit has no body; a header that is no device id is refused. */
    private static Optional<DeviceId> deviceOf(Context ctx) {
        String device = ctx.header(DEVICE_HEADER);
        if (device != null && !OtpEndpoints.DEVICE.matcher(device).matches()) {
            throw new ProblemException(Problem.validation(DEVICE_HEADER, "must be 1-64 characters of [A-Za-z0-9._:-]"));
        }
        return Optional.ofNullable(device).map(DeviceId::new);
    }

    private static Reply weak(WeakSecret reason) {
        String field = reason.name().startsWith("PIN") ? "pin" : "password";
        return Reply.problem(Problem.of(422, reason.code(), "Choose a stronger " + field + ".")
                .withErrors(List.of(new Problem.FieldError(field, reason.code()))));
    }

    private static Reply invalidState(SignupView signup) {
        return Reply.problem(Problem.of(409, RefusalCode.INVALID_STATE.code(), "This step does not fit where the signup stands.")
                .withSignup(SignupBody.of(signup)));
    }

    private static Reply notFound() {
        return Reply.problem(404, ProblemCode.SIGNUP_NOT_FOUND, "There is no such signup.");
    }
}
