package io.finguard.adapters.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One real server per test class with default settings; every test starts from fresh stubs. */
abstract class RouteTest {
    static TestApi api;

    @BeforeAll
    static void startApi() {
        api = TestApi.start();
    }

    @AfterAll
    static void stopApi() {
        api.close();
    }

    @BeforeEach
    void resetStubs() {
        api.reset();
    }
}
