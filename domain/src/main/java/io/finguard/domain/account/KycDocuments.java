package io.finguard.domain.account;

import java.util.Objects;

/** What a person hands in for identity verification (stub: a document type and number). */
public record KycDocuments(String documentType, String documentNumber) {
    public KycDocuments {
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(documentNumber, "documentNumber");
    }

    @Override
    public String toString() {
        return "KycDocuments[" + documentType + ", redacted]";
    }
}
