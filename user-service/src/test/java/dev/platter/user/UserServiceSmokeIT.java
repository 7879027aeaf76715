package dev.platter.user;

import dev.platter.platform.test.ServiceSmokeTest;

@UserServiceContext
class UserServiceSmokeIT extends ServiceSmokeTest {}
