package dev.platter.payment;

import dev.platter.platform.test.ServiceSmokeTest;

@PaymentServiceContext
class PaymentServiceSmokeIT extends ServiceSmokeTest {}
