package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.finguard.domain.policy.LoginDenial;
import io.finguard.domain.policy.DepositDenial;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.policy.WeakSecret;
import io.finguard.domain.port.in.PhoneProblem;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.CompleteRecovery;
import io.finguard.domain.port.in.ConfirmPhoneChange;
import io.finguard.domain.port.in.DecideRecovery;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.token.TokenRefusal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The refusal codes are spelled once, unique and lower snake case; every refusal type takes its code from there. */
class RefusalCodeTest {

    @Test
    void everyCodeIsUniqueLowerSnakeCaseAndItsConstantsName() {
        List<String> codes = Arrays.stream(RefusalCode.values()).map(RefusalCode::code).toList();

        assertThat(codes).doesNotHaveDuplicates().allSatisfy(code -> assertThat(code).matches("[a-z_]+"));
        assertThat(RefusalCode.values()).allSatisfy(r -> assertThat(r.code()).isEqualTo(r.name().toLowerCase()));
    }

    @Test
    void everyRefusalTypeAnswersWithTheCodeOfItsRefusalCode() {
        assertCodesFrom(Rejection.values(), Rejection::refusal, Rejection::code);
        assertCodesFrom(WeakSecret.values(), WeakSecret::refusal, WeakSecret::code);
        assertCodesFrom(TransferDenial.values(), TransferDenial::refusal, TransferDenial::code);
        assertCodesFrom(SessionDenial.values(), SessionDenial::refusal, SessionDenial::code);
        assertCodesFrom(PhoneProblem.values(), PhoneProblem::refusal, PhoneProblem::code);
        assertCodesFrom(LoginDenial.values(), LoginDenial::refusal, LoginDenial::code);
        assertCodesFrom(TokenRefusal.values(), TokenRefusal::refusal, TokenRefusal::code);
        assertCodesFrom(VerifyOtp.Refusal.values(), VerifyOtp.Refusal::refusal, VerifyOtp.Refusal::code);
        assertCodesFrom(RefreshSession.Refusal.values(), RefreshSession.Refusal::refusal, RefreshSession.Refusal::code);
        assertCodesFrom(SubmitKyc.Refusal.values(), SubmitKyc.Refusal::refusal, SubmitKyc.Refusal::code);
        assertCodesFrom(RecordKycDecision.Refusal.values(), RecordKycDecision.Refusal::refusal, RecordKycDecision.Refusal::code);
        assertCodesFrom(DepositDenial.values(), DepositDenial::refusal, DepositDenial::code);
        assertCodesFrom(StepUp.Denial.values(), StepUp.Denial::refusal, StepUp.Denial::code);
        assertCodesFrom(ConfirmPhoneChange.Refusal.values(), ConfirmPhoneChange.Refusal::refusal, ConfirmPhoneChange.Refusal::code);
        assertCodesFrom(CompleteRecovery.Refusal.values(), CompleteRecovery.Refusal::refusal, CompleteRecovery.Refusal::code);
        assertCodesFrom(DecideRecovery.Refusal.values(), DecideRecovery.Refusal::refusal, DecideRecovery.Refusal::code);
    }

    @Test
    void aTokenOfTheWrongKindIsRefusedWithTheCodeTheTokenCheckPortDocuments() {
        assertThat(TokenRefusal.WRONG_TYPE.code()).isEqualTo("wrong_type");
    }

    @Test
    void aMachineRejectionNarrowsToTheUseCaseRefusalWithTheSameCode() {
        assertThat(VerifyOtp.Refusal.of(Rejection.OTP_EXPIRED)).isEqualTo(VerifyOtp.Refusal.EXPIRED);
        assertThat(RefreshSession.Refusal.of(Rejection.TOKEN_REUSED)).isEqualTo(RefreshSession.Refusal.TOKEN_REUSED);
        assertThat(SubmitKyc.Refusal.of(Rejection.KYC_RESUBMISSIONS_EXHAUSTED)).isEqualTo(SubmitKyc.Refusal.RESUBMISSIONS_EXHAUSTED);
        assertThat(RecordKycDecision.Refusal.of(Rejection.ACCOUNT_CLOSED)).isEqualTo(RecordKycDecision.Refusal.ACCOUNT_CLOSED);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VerifyOtp.Refusal.of(Rejection.SIGNUP_EXPIRED));
    }

    private static <E> void assertCodesFrom(E[] values, Function<E, RefusalCode> refusal, Function<E, String> code) {
        assertThat(values).allSatisfy(v -> assertThat(code.apply(v)).isEqualTo(refusal.apply(v).code()));
    }
}
