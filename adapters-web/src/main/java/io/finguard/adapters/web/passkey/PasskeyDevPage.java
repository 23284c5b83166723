package io.finguard.adapters.web.passkey;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Dev mode's passkey page (never served by {@code serve}): a form that registers a passkey and steps up with it
 * against this service, and the script the real-browser test drives. The script is a file of its own so the page's
 * CSP allows no inline script.
 */
public final class PasskeyDevPage {
    public static final String PAGE = "/dev/passkeys.html";
    public static final String SCRIPT = "/dev/passkeys.js";
    private static final String CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final byte[] HTML = resource("passkeys.html");
    private static final byte[] JS = resource("passkeys.js");

    private PasskeyDevPage() {
    }

    public static void page(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.status(200).contentType("text/html; charset=utf-8").result(HTML);
    }

    public static void script(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.status(200).contentType("text/javascript; charset=utf-8").result(JS);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PasskeyDevPage.class.getResourceAsStream("dev/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
