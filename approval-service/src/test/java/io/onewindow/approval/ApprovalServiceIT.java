package io.onewindow.approval;

import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.platform.test.ServiceConventions;

/**
 * The service keeps the platform conventions on the real MongoDB-protocol server and Kafka broker
 * (sharing the context of the other service ITs).
 */
class ApprovalServiceIT extends ApprovalIntegrationTest implements ServiceConventions {}
