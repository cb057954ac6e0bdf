package io.onewindow.notification;

import io.onewindow.notification.support.NotificationIntegrationTest;
import io.onewindow.platform.test.ServiceConventions;

/** The service keeps the platform's conventions on the real MongoDB-protocol server and Kafka broker. */
@NotificationIntegrationTest
class NotificationServiceIT implements ServiceConventions {}
