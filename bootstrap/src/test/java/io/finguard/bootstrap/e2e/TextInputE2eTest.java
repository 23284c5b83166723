package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text that PostgreSQL cannot store or that no person types (NUL, other control characters, half a surrogate pair)
 * is refused at the edge with a 400 naming the member, for a signup that would otherwise store it.
 */
class TextInputE2eTest {
    private static ApiClient api;
    private static String ticket;

    @BeforeAll
    static void aSignupWaitingForItsProfile() {
        Onboarding onboarding = E2eStack.shared().onboarding();
        api = onboarding.api();
        String phone = Phones.fresh();
        ticket = onboarding.signupTicket(onboarding.requestCode(phone), Onboarding.newDevice());
        Onboarding.expect(onboarding.setCredentials(ticket, Onboarding.newPassword(), Onboarding.newPin(phone)), 200);
    }

    /** Members are written as JSON escapes, so the request itself is well-formed JSON. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "firstName       | Er\\u0000ika",
        "lastName        | Muster\\u0000mann",
        "firstName       | \\u0007Erika",
        "lastName        | Mustermann\\u009b",
        "firstName       | Erika\\ud800",
        "address.line1   | Teststrasse\\u0000 1",
        "address.city    | Ber\\u001blin",
        "address.line2   | c/o \\u0000",
        "address.postalCode | 10\\u0000115"
    })
    void aControlCharacterOrBrokenTextInAProfileIsA400NamingTheMember(String field, String escaped) {
        String body = profile(field, escaped);

        ApiResponse refused = api.put("/v1/signup/profile", body, "Authorization", bearer(ticket));

        assertProblem(refused, 400, "validation_failed");
        assertThat(refused.text("/errors/0/field")).isEqualTo(field);
    }

    private static String profile(String field, String escaped) {
        String firstName = field.equals("firstName") ? escaped : "Erika";
        String lastName = field.equals("lastName") ? escaped : "Mustermann";
        String line1 = field.equals("address.line1") ? escaped : "Teststrasse 1";
        String line2 = field.equals("address.line2") ? escaped : "";
        String city = field.equals("address.city") ? escaped : "Berlin";
        String postalCode = field.equals("address.postalCode") ? escaped : "10115";
        return "{\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName + "\",\"dateOfBirth\":\"1990-04-17\","
                + "\"address\":{\"line1\":\"" + line1 + "\",\"line2\":\"" + line2 + "\",\"city\":\"" + city
                + "\",\"postalCode\":\"" + postalCode + "\",\"country\":\"DE\"}}";
    }
}
