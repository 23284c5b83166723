package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.ClientNetwork;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.SessionName;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.EndSession;
import io.finguard.domain.port.in.EndUserSessions;
import io.finguard.domain.port.in.ListSessions;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.RequestOtp;
import io.finguard.domain.port.in.SessionTokens;
import io.finguard.domain.port.in.SessionView;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.session.SessionLimit;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.TokenCheck;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The session list, ending sessions (one's own, never another user's), the operator's routes and the session cap. */
class SessionsJourneyTest {
    private static final String ANNA = "+4915112345678";
    private static final String BEN = "+4915112345679";
    private final Harness h = new Harness();

    /**
     * A login naming its session, from {@code address}: without a DPoP key every client is a new device, so the code is
     * followed by a step-up with the PIN, whose ticket carries the name.
     */
    private SessionTokens login(String phone, String name, String address) {
        RequestOtp.Result.Sent sent = h.requestCode(phone);
        VerifyOtp.Result result = h.app.verifyOtp().verify(new VerifyOtp.Command(sent.challenge().toString(),
                h.lastCode(phone).digits(), new ClientAddress(address), Harness.device("phone-1"), Optional.empty(),
                Optional.ofNullable(name).map(SessionName::new)));
        var stepUpRequired = (LoginResult.StepUpRequired) ((VerifyOtp.Result.Proven) result).login();
        FlowTicket ticket = ((TokenCheck.Valid<FlowTicket>) h.app.authenticate().stepUpTicket(stepUpRequired.ticket().value())).claims();
        var stepped = (StepUp.Result.SteppedUp) h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaTicket(
                UserId.parse(ticket.subject()), ticket.device(), ticket.sessionName()), AuthMethod.PIN, Harness.PIN,
                new ClientAddress(address)));
        return stepped.login().tokens();
    }

    private List<SessionView> listedFor(SessionTokens caller) {
        return listedFor(h.claims(caller));
    }

    private List<SessionView> listedFor(AccessClaims claims) {
        ListSessions.Result result = h.app.listSessions().list(new ListSessions.Command(claims.subject(), Optional.of(claims.session())));
        return ((ListSessions.Result.Listed) result).sessions();
    }

    private EndSession.Result end(SessionTokens caller, FamilyId target) {
        AccessClaims claims = h.claims(caller);
        return h.app.endSession().end(new EndSession.Command(claims.subject(), claims.session(), target));
    }

    private FamilyId id(SessionTokens tokens) {
        return h.claims(tokens).session();
    }

    private RefreshSession.Result refresh(SessionTokens tokens) {
        return h.app.refreshSession().refresh(new RefreshSession.Command(tokens.refresh().value()));
    }

    private List<AuditEvent> audit(UserId user) {
        return h.db.transactions().inTransaction(() -> h.db.auditLog().recent(user.toString(), 100));
    }

    @Test
    void theListShowsEveryLiveSessionWithItsNameCoarseNetworkAndWhichIsTheCallers() {
        SessionTokens first = h.signUp(ANNA, "phone-1").tokens();
        h.clock.advance(Duration.ofMinutes(5));
        SessionTokens tablet = login(ANNA, "Anna's tablet", "2001:db8:77:1::5");

        List<SessionView> sessions = listedFor(tablet);

        assertThat(sessions).extracting(SessionView::id).containsExactly(id(tablet), id(first));
        SessionView mine = sessions.getFirst();
        assertThat(mine.current()).isTrue();
        assertThat(mine.name()).contains(new SessionName("Anna's tablet"));
        assertThat(mine.network()).contains(ClientNetwork.parse("2001:db8:77:0:0:0:0:0/48"));
        assertThat(mine.keyThumbprintPrefix()).as("a Bearer session is bound to no device key").isEmpty();
        assertThat(mine.acr()).as("stepped up with the PIN").isEqualTo(AssuranceLevel.AAL2);
        assertThat(mine.createdAt()).isEqualTo(h.clock.instant());
        SessionView other = sessions.get(1);
        assertThat(other.current()).isFalse();
        assertThat(other.name()).isEmpty();
        assertThat(other.network()).as("the signup came from 203.0.113.7: only its /24 is kept").contains(ClientNetwork.parse("203.0.113.0/24"));
    }

    @Test
    void aSessionBoundToADeviceKeyShowsThePrefixOfItsThumbprint() {
        h.signUp(ANNA, "phone-1");
        KeyThumbprint key = new KeyThumbprint("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
        RequestOtp.Result.Sent sent = h.requestCode(ANNA);
        VerifyOtp.Result verified = h.app.verifyOtp().verify(new VerifyOtp.Command(sent.challenge().toString(),
                h.lastCode(ANNA).digits(), new ClientAddress("203.0.113.7"), Optional.empty(), Optional.of(key),
                Optional.of(new SessionName("bound"))));
        var stepUpRequired = (LoginResult.StepUpRequired) ((VerifyOtp.Result.Proven) verified).login();
        FlowTicket ticket = ((TokenCheck.Valid<FlowTicket>) h.app.authenticate().stepUpTicket(stepUpRequired.ticket().value())).claims();
        var stepped = (StepUp.Result.SteppedUp) h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaTicket(
                UserId.parse(ticket.subject()), ticket.device(), ticket.sessionName()), AuthMethod.PIN, Harness.PIN,
                new ClientAddress("203.0.113.7"), Optional.of(key)));

        List<SessionView> sessions = listedFor(stepped.login().tokens());

        assertThat(sessions.getFirst().name()).contains(new SessionName("bound"));
        assertThat(sessions.getFirst().keyThumbprintPrefix()).contains("NzbLsXh8");
        assertThat(sessions.get(1).keyThumbprintPrefix()).as("the signup's Bearer session").isEmpty();
    }

    @Test
    void lastUsedIsTheLastRefreshAndTheMostRecentlyUsedComesFirst() {
        SessionTokens first = h.signUp(ANNA, "phone-1").tokens();
        SessionTokens second = login(ANNA, null, "203.0.113.7");
        AccessClaims asSecond = h.claims(second);
        FamilyId firstId = id(first);
        h.clock.advance(Duration.ofHours(3));

        RefreshSession.Result refreshed = refresh(first);

        assertThat(refreshed).isInstanceOf(RefreshSession.Result.Refreshed.class);
        List<SessionView> sessions = listedFor(asSecond);
        assertThat(sessions).extracting(SessionView::id).containsExactly(firstId, asSecond.session());
        assertThat(sessions.getFirst().lastUsedAt()).isEqualTo(h.clock.instant());
        assertThat(sessions.get(1).lastUsedAt()).isBefore(h.clock.instant().minus(Duration.ofHours(2)));
    }

    @Test
    void endingAnotherOfMySessionsEndsItsRefreshAtOnceAndItsTokenMayEndNothingMore() {
        SessionTokens lost = h.signUp(ANNA, "phone-1").tokens();
        SessionTokens here = login(ANNA, "here", "203.0.113.7");

        assertThat(end(here, id(lost))).isEqualTo(new EndSession.Result.Ended(false));

        assertThat(refresh(lost)).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));
        assertThat(end(lost, id(here))).as("the ended session's access token is no longer live")
                .isEqualTo(new EndSession.Result.SessionNotLive(SessionDenial.SESSION_REVOKED));
        assertThat(listedFor(here)).extracting(SessionView::id).containsExactly(id(here));
        assertThat(audit(h.claims(here).subject())).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(AuditType.SESSION_REVOKED);
            assertThat(e.details()).containsEntry("reason", "ended_by_user").containsEntry("session", id(lost).toString());
        });
    }

    @Test
    void endingMyOwnSessionIsALogout() {
        SessionTokens only = h.signUp(ANNA, "phone-1").tokens();

        assertThat(end(only, id(only))).isEqualTo(new EndSession.Result.Ended(true));

        assertThat(refresh(only)).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));
        assertThat(audit(h.claims(only).subject())).anySatisfy(e -> assertThat(e.details()).containsEntry("reason", "logout"));
    }

    @Test
    void anotherUsersSessionIsNotFoundExactlyLikeAnUnknownIdAndStaysLive() {
        SessionTokens annas = h.signUp(ANNA, "phone-1").tokens();
        SessionTokens bens = h.signUp(BEN, "phone-2").tokens();

        EndSession.Result foreign = end(bens, id(annas));
        EndSession.Result unknown = end(bens, FamilyId.of(UUID.randomUUID()));

        assertThat(foreign).isEqualTo(new EndSession.Result.NotFound()).isEqualTo(unknown);
        assertThat(refresh(annas)).isInstanceOf(RefreshSession.Result.Refreshed.class);
        assertThat(listedFor(bens)).extracting(SessionView::id).containsExactly(id(bens));
    }

    @Test
    void anOperatorListsEndsOneAndEndsAllWithTheReasonInTheAudit() {
        SessionTokens one = h.signUp(ANNA, "phone-1").tokens();
        SessionTokens two = login(ANNA, null, "203.0.113.7");
        SessionTokens three = login(ANNA, null, "203.0.113.7");
        UserId anna = h.claims(one).subject();

        var listed = (ListSessions.Result.Listed) h.app.listSessions().list(new ListSessions.Command(anna, Optional.empty()));
        assertThat(listed.sessions()).hasSize(3).noneMatch(SessionView::current);

        assertThat(h.app.endUserSessions().end(new EndUserSessions.Command(anna, Optional.of(id(two)), "lost phone, ticket 88")))
                .isEqualTo(new EndUserSessions.Result.Ended(1));
        assertThat(refresh(two)).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));
        assertThat(refresh(one)).isInstanceOf(RefreshSession.Result.Refreshed.class);

        assertThat(h.app.endUserSessions().end(new EndUserSessions.Command(anna, Optional.empty(), "account takeover suspected")))
                .isEqualTo(new EndUserSessions.Result.Ended(2));
        assertThat(refresh(three)).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));

        assertThat(audit(anna)).filteredOn(e -> e.type() == AuditType.SESSION_REVOKED).extracting(AuditEvent::details)
                .anySatisfy(d -> assertThat(d).containsEntry("cause", "operator").containsEntry("reason", "lost phone, ticket 88")
                        .containsEntry("session", id(two).toString()))
                .anySatisfy(d -> assertThat(d).containsEntry("reason", "account takeover suspected").containsEntry("sessions", "2"));
    }

    @Test
    void anOperatorCannotEndAnotherUsersSessionThroughThisUserNorAnyOfAnUnknownUser() {
        SessionTokens annas = h.signUp(ANNA, "phone-1").tokens();
        SessionTokens bens = h.signUp(BEN, "phone-2").tokens();
        UserId ben = h.claims(bens).subject();

        assertThat(h.app.endUserSessions().end(new EndUserSessions.Command(ben, Optional.of(id(annas)), "wrong user")))
                .isEqualTo(new EndUserSessions.Result.NotFound());
        assertThat(h.app.endUserSessions().end(new EndUserSessions.Command(UserId.of(UUID.randomUUID()), Optional.empty(), "x")))
                .isEqualTo(new EndUserSessions.Result.NotFound());
        assertThat(h.app.listSessions().list(new ListSessions.Command(UserId.of(UUID.randomUUID()), Optional.empty())))
                .isEqualTo(new ListSessions.Result.UserNotFound());
        assertThat(refresh(annas)).isInstanceOf(RefreshSession.Result.Refreshed.class);
    }

    @Test
    void atTheCapANewLoginEndsTheLeastRecentlyUsedSessionAndSaysSoInTheAudit() {
        h.useSessionLimit(new SessionLimit(3));
        SessionTokens oldest = h.signUp(ANNA, "phone-1").tokens();
        SessionTokens idlest = login(ANNA, "idle", "203.0.113.7");
        FamilyId idlestId = id(idlest); // read now: once the session ends, its access token is refused everywhere
        SessionTokens third = login(ANNA, null, "203.0.113.7");
        h.clock.advance(Duration.ofMinutes(1));
        assertThat(refresh(oldest)).isInstanceOf(RefreshSession.Result.Refreshed.class);

        SessionTokens fourth = login(ANNA, null, "203.0.113.7");

        assertThat(listedFor(fourth)).extracting(SessionView::id).containsExactlyInAnyOrder(id(oldest), id(third), id(fourth));
        assertThat(refresh(idlest)).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));
        assertThat(audit(h.claims(fourth).subject())).filteredOn(e -> e.type() == AuditType.SESSION_REVOKED)
                .extracting(AuditEvent::details)
                .containsExactly(java.util.Map.of("reason", "session_limit", "session", idlestId.toString(), "cap", "3"));
        assertThat(h.app.authenticate().accessToken(idlest.access().value()))
                .as("the evicted session's access token is refused at once, like any other ended session")
                .isInstanceOf(io.finguard.domain.token.TokenCheck.Invalid.class);
    }

    @Test
    void aStepUpLoginKeepsTheNameGivenAtVerificationAndASessionStepUpKeepsItsOwn() {
        h.signUp(ANNA, "phone-1");
        RequestOtp.Result.Sent sent = h.requestCode(ANNA);
        VerifyOtp.Result verified = h.app.verifyOtp().verify(new VerifyOtp.Command(sent.challenge().toString(),
                h.lastCode(ANNA).digits(), new ClientAddress("198.51.100.20"), Optional.empty(), Optional.empty(),
                Optional.of(new SessionName("new phone"))));
        var stepUpRequired = (LoginResult.StepUpRequired) ((VerifyOtp.Result.Proven) verified).login();
        FlowTicket ticket = ((TokenCheck.Valid<FlowTicket>) h.app.authenticate().stepUpTicket(stepUpRequired.ticket().value())).claims();

        var stepped = (StepUp.Result.SteppedUp) h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaTicket(
                UserId.parse(ticket.subject()), ticket.device(), ticket.sessionName()), AuthMethod.PIN, Harness.PIN,
                new ClientAddress("198.51.100.21")));
        SessionTokens aal2 = stepped.login().tokens();

        SessionView listed = listedFor(aal2).getFirst();
        assertThat(listed.name()).contains(new SessionName("new phone"));
        assertThat(listed.network()).contains(ClientNetwork.parse("198.51.100.0/24"));
        assertThat(listed.acr()).isEqualTo(AssuranceLevel.AAL2);
    }
}
