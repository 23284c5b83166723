package io.finguard.bootstrap.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The p99 read from the instances' histograms: a bucket, not a point, and over a bound only when the whole bucket is. */
class ServerLatencyTest {
    // Micrometer's percentile-histogram bounds around 5 s, in seconds.
    private static final double LE_4_29 = 4.294967296;
    private static final double LE_5_01 = 5.010795177;
    private static final double LE_5_73 = 5.726623061;

    private static ServerLatency.Snapshot snapshot(double at429, double at501, double at573) {
        Map<Double, Double> buckets = new TreeMap<>();
        buckets.put(LE_4_29, at429);
        buckets.put(LE_5_01, at501);
        buckets.put(LE_5_73, at573);
        buckets.put(Double.POSITIVE_INFINITY, at573);
        return new ServerLatency.Snapshot(buckets);
    }

    @Test
    void theP99IsTheBucketItFellInCountedSinceTheEarlierSnapshot() {
        ServerLatency.Snapshot before = snapshot(10, 10, 10);
        // 145 requests since: 140 by 5.01 s, the last 5 by 5.73 s, so the 99th percentile (143.55) is in (5.01, 5.73].
        ServerLatency.Bucket p99 = snapshot(110, 150, 155).p99Since(before).orElseThrow();

        assertThat(p99).isEqualTo(new ServerLatency.Bucket(LE_5_01 * 1000, LE_5_73 * 1000));
    }

    @Test
    void aBucketStraddlingTheBoundDoesNotShowTheP99OverIt() {
        ServerLatency.Bucket p99 = snapshot(100, 140, 145).p99Since(snapshot(0, 0, 0)).orElseThrow();

        // The CI run of 2026-11-30: bound 5721 ms, p99 reported as 5726.62 ms, the upper edge of its bucket.
        assertThat(p99.above(5721)).isFalse();
        assertThat(p99.above(LE_5_01 * 1000)).isTrue();
        assertThat(p99.above(4000)).isTrue();
    }

    @Test
    void aP99InTheFirstBucketStartsAtZeroAndNoRequestsGiveNoBucket() {
        ServerLatency.Bucket p99 = snapshot(100, 100, 100).p99Since(snapshot(0, 0, 0)).orElseThrow();

        assertThat(p99).isEqualTo(new ServerLatency.Bucket(0, LE_4_29 * 1000));
        assertThat(snapshot(5, 5, 5).p99Since(snapshot(5, 5, 5))).isEmpty();
    }
}
