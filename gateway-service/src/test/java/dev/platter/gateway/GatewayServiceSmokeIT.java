package dev.platter.gateway;

import dev.platter.gateway.support.GatewayTest;
import dev.platter.platform.test.ServiceSmokeTest;

@GatewayTest
class GatewayServiceSmokeIT extends ServiceSmokeTest {}
