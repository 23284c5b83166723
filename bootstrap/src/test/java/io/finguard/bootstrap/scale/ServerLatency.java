package io.finguard.bootstrap.scale;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request latency as the instances measured it (the http.server.requests histogram on /metrics of every management
 * port): from the moment a request reached the service to its answer, without the time the load generator, which shares
 * this machine's cores, took to send it and read the answer.
 */
final class ServerLatency {
    private static final Pattern BUCKET = Pattern.compile("^http_server_requests_seconds_bucket\\{(.*)} ([0-9.eE+-]+)$");
    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    /**
     * The histogram bucket in which a quantile fell, in milliseconds: above {@code aboveMillis}, at most
     * {@code atMostMillis}. A histogram cannot place a quantile more finely than its bucket (about 15 % wide here).
     */
    record Bucket(double aboveMillis, double atMostMillis) {
        /** True only when the whole bucket lies above {@code boundMillis}: the histogram shows the quantile over it. */
        boolean above(double boundMillis) {
            return aboveMillis >= boundMillis;
        }
    }

    /** Cumulative request counts by bucket bound (seconds) of one route and status, summed over the instances. */
    record Snapshot(Map<Double, Double> buckets) {
        /** The bucket in which the 99th percentile of the requests since {@code before} fell; empty if there were none. */
        Optional<Bucket> p99Since(Snapshot before) {
            double total = delta(before, Double.POSITIVE_INFINITY);
            if (total == 0) {
                return Optional.empty();
            }
            double lower = 0;
            for (double le : buckets.keySet()) {
                if (delta(before, le) >= 0.99 * total) {
                    return Optional.of(new Bucket(lower * 1000, le * 1000));
                }
                lower = le;
            }
            return Optional.of(new Bucket(lower * 1000, Double.POSITIVE_INFINITY));
        }

        private double delta(Snapshot before, double le) {
            return buckets.getOrDefault(le, 0.0) - before.buckets.getOrDefault(le, 0.0);
        }
    }

    private ServerLatency() {
    }

    static Snapshot snapshot(ScaleSystem system, String method, String route, int status) {
        Map<Double, Double> buckets = new TreeMap<>();
        String labels = "method=\"" + method + "\"";
        for (FinGuardProcess instance : system.instances) {
            String text = Client.fresh().sendManagement(instance, "GET", "/metrics", null).body();
            for (String line : text.split("\n")) {
                Matcher m = BUCKET.matcher(line);
                if (m.matches() && m.group(1).contains(labels) && m.group(1).contains("route=\"" + route + "\"")
                        && m.group(1).contains("status=\"" + status + "\"")) {
                    Matcher le = LE.matcher(m.group(1));
                    if (le.find()) {
                        double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                        buckets.merge(bound, Double.parseDouble(m.group(2)), Double::sum);
                    }
                }
            }
        }
        return new Snapshot(buckets);
    }
}
