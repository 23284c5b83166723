package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.accountId;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.IdentityCheck;
import io.finguard.domain.port.out.KycProvider;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KycProvider} answers: a reference that is unique (it is the submissions' primary key),
 * fits the admin decision path ({@code /v1/admin/kyc/{reference}/decision}) and never echoes the documents.
 */
public abstract class KycProviderContract {
    /** The path parameter's pattern in the OpenAPI contract. */
    private static final String REFERENCE = "[A-Za-z0-9._:-]{1,128}";

    protected abstract KycProvider provider();

    @Test
    void everyReferenceIsNonBlankAndFitsTheDecisionPath() {
        KycProvider provider = provider();
        for (int i = 0; i < 10; i++) {
            assertThat(provider.submit(accountId(), documents("P" + i + "1234567"))).matches(REFERENCE);
        }
    }

    @Test
    void referencesAreDistinct_evenWhenTheSameAccountResubmitsTheSameDocuments() {
        KycProvider provider = provider();
        AccountId account = accountId();
        KycDocuments documents = documents("X9876543");

        Set<String> references = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            references.add(provider.submit(account, documents));
            references.add(provider.submit(accountId(), documents("D" + i + "555000")));
        }

        assertThat(references).hasSize(40);
    }

    @Test
    void aReferenceNeverContainsTheDocumentNumberOrTheAccountId() {
        AccountId account = accountId();
        String number = "C0FFEE4242";

        String reference = provider().submit(account, documents(number));

        assertThat(reference).doesNotContainIgnoringCase(number).doesNotContain(account.toString());
    }

    private static KycDocuments documents(String number) {
        return new KycDocuments("PASSPORT", number);
    }

    @Test
    void anIdentityCheckAnswersWithADistinctReferenceThatFitsTheDecisionPathAndHidesTheDocument() {
        KycProvider provider = provider();
        UserId user = UserId.of(java.util.UUID.randomUUID());
        Set<String> references = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            IdentityCheck check = provider.checkIdentity(user, documents("C0FFEE" + i));
            assertThat(check.reference()).matches(REFERENCE).doesNotContainIgnoringCase("C0FFEE").doesNotContain(user.toString());
            references.add(check.reference());
        }
        assertThat(references).hasSize(10);
    }
}
