/** CloudEvents 1.0 structured JSON for {@link io.onewindow.platform.events.EventEnvelope}, with Jackson 3. */
package io.onewindow.platform.messaging.codec;
