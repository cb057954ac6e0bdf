package io.onewindow.console.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a hall's display shows, read from appointment-service's public board: per line, the tickets
 * now called (most recent first, with their window), the next numbers and how many wait. Ticket
 * numbers and windows only: nothing about the visitors.
 */
public record Board(String servicePointId, String name, List<Line> lines) {

    public record Call(String number, String window) {}

    public record Line(String line, List<Call> nowCalling, List<String> next, int waiting, long estimatedWaitMinutes) {

        /** The latest call, shown large; {@code null} before the first call of the day. */
        public Call current() {
            return nowCalling.isEmpty() ? null : nowCalling.get(0);
        }

        /** The calls before the latest. */
        public List<Call> earlier() {
            return nowCalling.size() <= 1 ? List.of() : nowCalling.subList(1, nowCalling.size());
        }
    }

    /** From the service's JSON answer; missing or malformed parts read as empty. */
    static Board of(String servicePointId, String name, Map<String, Object> answer) {
        List<Line> lines = new ArrayList<>();
        if (answer.get("lines") instanceof List<?> rawLines) {
            for (Object raw : rawLines) {
                if (raw instanceof Map<?, ?> line) {
                    lines.add(new Line(
                            text(line.get("line")),
                            calls(line.get("nowCalling")),
                            numbers(line.get("next")),
                            line.get("waiting") instanceof Number n ? n.intValue() : 0,
                            line.get("estimatedWaitMinutes") instanceof Number n ? n.longValue() : 0));
                }
            }
        }
        return new Board(servicePointId, name, List.copyOf(lines));
    }

    private static List<Call> calls(Object value) {
        List<Call> calls = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object raw : list) {
                if (raw instanceof Map<?, ?> call) {
                    calls.add(new Call(text(call.get("number")), text(call.get("window"))));
                }
            }
        }
        return List.copyOf(calls);
    }

    private static List<String> numbers(Object value) {
        return value instanceof List<?> list ? list.stream().map(Board::text).toList() : List.of();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
