package io.finguard.adapters.persistence;

/** What one {@link PurgeJob} run deleted. */
public record Purged(int challenges, int preUsers, int families) {
}
