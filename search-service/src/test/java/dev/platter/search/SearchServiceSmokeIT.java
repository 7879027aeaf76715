package dev.platter.search;

import dev.platter.platform.test.ServiceSmokeTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchServiceSmokeIT extends ServiceSmokeTest {}
