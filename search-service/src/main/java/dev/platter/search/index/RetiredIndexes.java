package dev.platter.search.index;

import dev.platter.platform.web.deadline.DeadlineHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes an index a rebuild replaced once its grace period is over (a durable deadline set with the end of the
 * rebuild, so it fires once whichever instance polls, and again after a back-off while Elasticsearch is down).
 */
@Component
class RetiredIndexes implements DeadlineHandler {

    static final String KIND = "search-index-retirement";

    private static final Logger log = LoggerFactory.getLogger(RetiredIndexes.class);

    private final SearchIndex index;

    RetiredIndexes(SearchIndex index) {
        this.index = index;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void onDeadline(String retired) {
        index.delete(retired);
        log.info("Deleted {}, replaced by a rebuild", retired);
    }
}
