package io.finguard.adapters.crypto.credential;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One implementation of raw Argon2id v1.3. Both give the same bytes for the same inputs (stored hashes verify under
 * either); they differ in speed and in where the memory lives. {@link #fastest()} picks the native one where its
 * library loads and the pure-Java one elsewhere.
 */
sealed interface Argon2Engine permits NativeArgon2, JavaArgon2 {

    /** The raw tag: no encoding, no salt generation, no secret or associated data. */
    byte[] argon2id(Argon2Params params, byte[] input, byte[] salt, int outputBytes);

    /** Short name for the start-up log and the metrics. */
    String name();

    static Argon2Engine fastest() {
        return fastest(NativeArgon2::load);
    }

    /** {@code nativeEngine} is tried first; a platform without a native build falls back to pure Java. */
    static Argon2Engine fastest(Supplier<Optional<NativeArgon2>> nativeEngine) {
        return nativeEngine.get().<Argon2Engine>map(engine -> engine).orElseGet(JavaArgon2::new);
    }
}
