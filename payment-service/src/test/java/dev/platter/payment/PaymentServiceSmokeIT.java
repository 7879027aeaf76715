package dev.platter.payment;

import dev.platter.platform.test.ServiceSmokeTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaymentServiceSmokeIT extends ServiceSmokeTest {}
