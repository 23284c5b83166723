package io.finguard.bootstrap.config;

/** How many live sessions (refresh-token families) one user may hold; a login beyond it ends the least recently used. */
public record SessionSettings(int maxLivePerUser) {
    public SessionSettings {
        if (maxLivePerUser < 1) {
            throw new IllegalArgumentException("maxLivePerUser must be at least 1");
        }
    }
}
