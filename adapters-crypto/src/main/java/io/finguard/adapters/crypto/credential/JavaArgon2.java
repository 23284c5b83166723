package io.finguard.adapters.crypto.credential;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

/**
 * Argon2id in pure Java (Password4j): runs on every platform; about half the native speed, and each hash allocates
 * its memory (19 MiB at the default parameters) on the Java heap.
 */
final class JavaArgon2 implements Argon2Engine {

    @Override
    public byte[] argon2id(Argon2Params params, byte[] input, byte[] salt, int outputBytes) {
        // Parameters are always explicit, so Password4j's properties file never matters.
        Argon2Function function = Argon2Function.getInstance(params.memoryKiB(), params.iterations(),
                params.parallelism(), outputBytes, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
        return function.hash(input, salt).getBytes();
    }

    @Override
    public String name() {
        return "password4j";
    }
}
