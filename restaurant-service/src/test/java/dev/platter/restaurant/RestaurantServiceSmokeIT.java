package dev.platter.restaurant;

import dev.platter.platform.test.ServiceSmokeTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestaurantServiceSmokeIT extends ServiceSmokeTest {}
