package dev.platter.user.application;

/** Where an application stands. */
enum ApplicationStatus {
    /** Waiting for an admin. */
    PENDING,
    /** Approved: the applicant has the role. */
    APPROVED,
    /** Rejected, with a reason. */
    REJECTED
}
