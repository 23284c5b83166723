package io.finguard.domain.model;

/**
 * A refusal that answers with one of the wire codes of {@link RefusalCode}, the one place each code is spelled. Each
 * use case's own refusal enum implements it, so it names only the refusals that use case can produce.
 */
public interface CodedRefusal {

    /** The wire code this refusal answers with. */
    RefusalCode refusal();

    /** The stable machine code for clients. */
    default String code() {
        return refusal().code();
    }

    /**
     * The constant of {@code type} that stands for a state machine's {@code rejection}; a rejection the use case
     * cannot produce is a bug, so it throws.
     */
    static <E extends Enum<E> & CodedRefusal> E of(Class<E> type, Rejection rejection) {
        for (E candidate : type.getEnumConstants()) {
            if (candidate.refusal() == rejection.refusal()) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(rejection + " is not a refusal of " + type.getName());
    }
}
