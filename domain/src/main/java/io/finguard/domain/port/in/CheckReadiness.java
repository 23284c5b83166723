package io.finguard.domain.port.in;

import java.util.Map;

/** Readiness of what the service depends on (database, Redis): name -> up. */
public interface CheckReadiness {

    Map<String, Boolean> check();
}
