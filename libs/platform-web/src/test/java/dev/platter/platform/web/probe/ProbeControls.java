package dev.platter.platform.web.probe;

import java.util.concurrent.CountDownLatch;

/** Lets tests steer the probe's idempotent commands. */
public final class ProbeControls {

    private ProbeControls() {}

    public static int executions() {
        return ProbeController.EXECUTIONS.get();
    }

    /** Makes the next order command wait until {@link CountDownLatch#countDown()} on the returned gate. */
    public static CountDownLatch holdNextOrder() {
        var gate = new CountDownLatch(1);
        ProbeController.started = new CountDownLatch(1);
        ProbeController.gate = gate;
        return gate;
    }

    /** Counts down when a held order command has started. */
    public static CountDownLatch orderStarted() {
        return ProbeController.started;
    }

    public static void release() {
        ProbeController.gate = new CountDownLatch(0);
    }

    public static void failNextFlakyOrders(int times) {
        ProbeController.FAILURES_LEFT.set(times);
    }
}
