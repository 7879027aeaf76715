package dev.platter.analytics.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operations' replay command: rebuild every fact and rollup from the topics' beginning, and how far it got. */
@RestController
@RequestMapping("/api/v1/admin/analytics/replay")
class ReplayController {

    private final Replay replay;

    ReplayController(Replay replay) {
        this.replay = replay;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Replay.Started start() {
        return replay.start();
    }

    @GetMapping
    Replay.Status status() {
        return replay.status();
    }
}
