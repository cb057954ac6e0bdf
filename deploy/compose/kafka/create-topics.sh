#!/usr/bin/env bash
# One-shot topic creation for the compose stack (kafka-init in compose.yaml). The same plan as
# the Strimzi KafkaTopic resources in deploy/k8s/base/kafka/topics.yaml (deploy-checks compares
# them): one events topic per service, keyed by aggregate id, and one dead-letter topic each.
set -euo pipefail

BOOTSTRAP_SERVERS="${BOOTSTRAP_SERVERS:-kafka1:9092,kafka2:9092,kafka3:9092}"
TOPICS=/opt/kafka/bin/kafka-topics.sh

# Wait until all three brokers answer (the controller quorum needs a moment after start).
for attempt in $(seq 1 60); do
  if "$TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" --list >/dev/null 2>&1; then break; fi
  echo "waiting for the Kafka cluster ($attempt)"
  sleep 2
done

# topic partitions replication retention.ms
#  - 12 partitions: any consumer group of 1, 2, 3, 4, 6 or 12 instances gets an even share.
#  - replication 3 with min.insync.replicas 2: an acknowledged event survives the loss of a broker.
#  - 14 days on the events topics (shorter than the 30 days consumers remember processed event ids),
#    28 days on the dead-letter topics, so operators have four weeks to look and replay.
while read -r topic partitions replication retention; do
  "$TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" --create --if-not-exists \
    --topic "$topic" --partitions "$partitions" --replication-factor "$replication" \
    --config min.insync.replicas=2 --config cleanup.policy=delete --config retention.ms="$retention"
done <<'PLAN'
onewindow.appointment.events 12 3 1209600000
onewindow.approval.events 12 3 1209600000
onewindow.license.events 12 3 1209600000
onewindow.supervision.events 12 3 1209600000
onewindow.notification.events 12 3 1209600000
onewindow.appointment.events.DLT 3 3 2419200000
onewindow.approval.events.DLT 3 3 2419200000
onewindow.license.events.DLT 3 3 2419200000
onewindow.supervision.events.DLT 3 3 2419200000
onewindow.notification.events.DLT 3 3 2419200000
PLAN

"$TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" --describe --topic 'onewindow\..*' | grep -v '^\s*Topic:.*Partition:' || true
