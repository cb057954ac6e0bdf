package io.onewindow.supervision;

import io.onewindow.platform.test.ServiceConventions;
import io.onewindow.supervision.support.SupervisionIntegrationTest;

/** The service keeps the platform's conventions on the real MongoDB-protocol server and Kafka broker. */
@SupervisionIntegrationTest
class SupervisionServiceIT implements ServiceConventions {}
