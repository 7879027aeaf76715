package dev.platter.platform.web.deadline;

/**
 * Reacts to the deadlines of one kind. Runs inside the transaction that deletes the deadline, so its effect and the
 * deadline's removal commit together: a failure rolls both back and the deadline fires again after a back-off. The
 * handler must check the state of its subject (the deadline may be stale: the ticket was accepted meanwhile).
 */
public interface DeadlineHandler {

    /** The kind of deadline handled, e.g. {@code ticket-acceptance}. */
    String kind();

    /** The deadline for {@code subject} (e.g. a ticket id) is due. */
    void onDeadline(String subject);
}
