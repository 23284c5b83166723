package io.finguard.domain.port.out;

import java.util.Optional;

/** KYC submissions by provider reference. */
public interface KycSubmissions {

    void add(KycSubmission submission);

    Optional<KycSubmission> lock(String reference);

    void update(KycSubmission submission);
}
