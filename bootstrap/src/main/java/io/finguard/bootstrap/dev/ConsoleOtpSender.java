package io.finguard.bootstrap.dev;

import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.out.OtpSender;
import java.io.PrintStream;
import java.util.Objects;

/**
 * The dev stand-in for an SMS gateway: prints {@code [dev] code for +4915*******89: 123456} to the console.
 * It writes to the stream directly, never through the logger, so codes never reach log files or collectors.
 */
public final class ConsoleOtpSender implements OtpSender {
    private final PrintStream console;

    public ConsoleOtpSender(PrintStream console) {
        this.console = Objects.requireNonNull(console, "console");
    }

    @Override
    public void send(PhoneNumber to, OtpCode code) {
        console.println("[dev] code for " + to.masked() + ": " + code.digits());
        console.flush();
    }

    /** A payment code also says what it pays, as the SMS would. */
    @Override
    public void send(PhoneNumber to, OtpCode code, java.util.UUID deliveryId, java.util.Optional<String> payment) {
        payment.ifPresentOrElse(p -> {
            console.println("[dev] code for " + to.masked() + " to pay " + p + ": " + code.digits());
            console.flush();
        }, () -> send(to, code));
    }
}
