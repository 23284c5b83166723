package io.finguard.adapters.crypto.credential;

/**
 * Argon2id cost parameters: memory in KiB, passes over memory, lanes. Salt (16 bytes) and output (32 bytes)
 * lengths are fixed by {@link Argon2SecretHasher}.
 */
public record Argon2Params(int memoryKiB, int iterations, int parallelism) {
    /** The OWASP minimum and FinGuard's default: 19 MiB, 2 passes, 1 lane. */
    public static final Argon2Params OWASP_MINIMUM = new Argon2Params(19_456, 2, 1);

    /**
     * Upper bounds keep a corrupted or hostile stored hash from making one verification allocate gigabytes; the
     * memory bound is also the most a setting may ask for.
     */
    public static final int MAX_MEMORY_KIB = 1 << 18;
    static final int MAX_ITERATIONS = 64;
    static final int MAX_PARALLELISM = 16;

    public Argon2Params {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be 1-" + MAX_PARALLELISM);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be 1-" + MAX_ITERATIONS);
        }
        // Argon2 needs at least 8 blocks of 1 KiB per lane.
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("memory must be 8*parallelism-" + MAX_MEMORY_KIB + " KiB");
        }
    }

    /** True when these parameters cost at least as much memory and passes as {@code floor}. */
    public boolean atLeast(Argon2Params floor) {
        return memoryKiB >= floor.memoryKiB && iterations >= floor.iterations;
    }
}
