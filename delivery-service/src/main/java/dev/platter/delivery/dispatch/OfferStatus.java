package dev.platter.delivery.dispatch;

/** What became of an offer. */
public enum OfferStatus {
    /** Waiting for the rider's answer. */
    PENDING,
    /** The rider took the delivery. */
    ACCEPTED,
    /** The rider said no. */
    DECLINED,
    /** The rider did not answer in time. */
    EXPIRED,
    /** Taken back: the delivery was cancelled or assigned by hand. */
    WITHDRAWN
}
