package dev.platter.analytics.rollup;

import org.springframework.stereotype.Component;

/** Recomputes what a batch of changes touched: order buckets, then rider buckets. */
@Component
public class Rollups {

    private final OrderRollups orders;
    private final RiderRollups riders;

    Rollups(OrderRollups orders, RiderRollups riders) {
        this.orders = orders;
        this.riders = riders;
    }

    public void refresh(Touched touched) {
        orders.refresh(touched.slots());
        riders.refresh(touched.riderSpans());
    }
}
