package dev.platter.payment;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

/** A fixed thread pool that shuts down when the block ends, for tests that race requests. */
public final class Concurrently implements AutoCloseable {

    private final java.util.concurrent.ExecutorService pool;

    public Concurrently(int threads) {
        this.pool = Executors.newFixedThreadPool(threads);
    }

    public <T> java.util.List<T> invokeAll(java.util.List<Callable<T>> tasks) throws Exception {
        var results = new ArrayList<T>();
        for (var future : pool.invokeAll(tasks)) {
            results.add(future.get());
        }
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
