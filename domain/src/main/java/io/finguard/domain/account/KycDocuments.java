package io.finguard.domain.account;

import io.finguard.domain.model.TextRule;

/** What a person hands in for identity verification (stub: a document type and number). */
public record KycDocuments(String documentType, String documentNumber) {
    /** Each of type and number: 1-64 characters of plain text (the edge narrows them further). */
    public static final TextRule FIELD = new TextRule(1, 64);

    public KycDocuments {
        FIELD.require("documentType", documentType);
        FIELD.require("documentNumber", documentNumber);
    }

    @Override
    public String toString() {
        return "KycDocuments[" + documentType + ", redacted]";
    }
}
