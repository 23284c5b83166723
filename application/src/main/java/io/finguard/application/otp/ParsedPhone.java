package io.finguard.application.otp;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.in.PhoneProblem;

/** A phone number as typed, parsed: a mobile E.164 number in an allowed country, or why not. */
public sealed interface ParsedPhone {
    /** A mobile number in an allowed country, in E.164. */
    record Valid(PhoneNumber phone) implements ParsedPhone {
    }

    /** Why the input is no usable phone number. */
    record Invalid(PhoneProblem problem) implements ParsedPhone {
    }
}
