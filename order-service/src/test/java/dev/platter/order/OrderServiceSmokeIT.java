package dev.platter.order;

import dev.platter.platform.test.ServiceSmokeTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderServiceSmokeIT extends ServiceSmokeTest {}
