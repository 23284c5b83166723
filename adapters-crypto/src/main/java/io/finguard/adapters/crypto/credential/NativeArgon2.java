package io.finguard.adapters.crypto.credential;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import de.mkammerer.argon2.Argon2Version;
import java.util.Optional;

/**
 * Argon2id by libargon2, the reference implementation, through argon2-jvm (JNA; native builds for Linux, macOS and
 * Windows on x86-64 and ARM inside the jar). Its memory is allocated and freed natively, outside the Java heap.
 */
final class NativeArgon2 implements Argon2Engine {
    private final Argon2Advanced argon2;

    private NativeArgon2(Argon2Advanced argon2) {
        this.argon2 = argon2;
    }

    /** The engine, or empty where the native library does not load (an unsupported platform or C library). */
    static Optional<NativeArgon2> load() {
        try {
            NativeArgon2 engine = new NativeArgon2(Argon2Factory.createAdvanced(Argon2Types.ARGON2id));
            // The library loads on first use: one tiny hash here, so a missing build is found now, not by a login.
            engine.argon2id(new Argon2Params(8, 1, 1), new byte[1], new byte[16], 32);
            return Optional.of(engine);
        } catch (LinkageError unavailable) {
            return Optional.empty();
        }
    }

    @Override
    public byte[] argon2id(Argon2Params params, byte[] input, byte[] salt, int outputBytes) {
        return argon2.rawHashAdvanced(params.iterations(), params.memoryKiB(), params.parallelism(), input, salt,
                null, null, outputBytes, Argon2Version.V13);
    }

    @Override
    public String name() {
        return "libargon2";
    }
}
