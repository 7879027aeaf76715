/**
 * stripe-sandbox: a local stand-in for the part of Stripe's HTTP API Platter uses (PaymentIntents with manual
 * capture, refunds, events, webhook endpoints, Idempotency-Key), with signed webhooks and injectable faults.
 */
@NullMarked
package dev.platter.stripesandbox;

import org.jspecify.annotations.NullMarked;
