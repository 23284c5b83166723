package io.finguard.domain.port.out;

/** Delivers a notice to its phone (SMS gateway; the console in dev). Throws when delivery failed and may be retried. */
@FunctionalInterface
public interface NoticeSender {
    void send(Notice notice);
}
