package io.onewindow.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The event catalog ({@code docs/events/<service>.md}) is what other teams build consumers from, so it
 * must say what the records send: every event record has a row under its type, the row names every
 * field the record has, and every field the row names at its top level is one the record has (a field
 * documented as {@code promisedDueDate} while the record sends {@code promisedDueOn} fails here).
 */
class EventCatalogMatchesRecordsTest {

    private static final Path SOURCES = Path.of("src/main/java/io/onewindow/platform/events");
    private static final Path CATALOG = Path.of("../../docs/events");
    private static final List<String> SERVICES =
            List.of("appointment", "approval", "license", "supervision", "notification");
    private static final Pattern FULL_TYPE = Pattern.compile("`(onewindow\\.[a-z]+\\.[A-Za-z]+\\.v\\d+)`");
    private static final Pattern SHORT_TYPE = Pattern.compile("`([A-Z][A-Za-z]+)`(?: \\(\\*\\*v(\\d+)\\*\\*\\))?");
    private static final Pattern TICKED = Pattern.compile("`([^`]*)`");
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    @Test
    void everyEventRecordHasARowNamingExactlyItsFields() throws Exception {
        Map<String, String> rows = catalogRows();
        Map<String, Class<?>> records = eventRecords();
        assertThat(records).hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Class<?>> record : records.entrySet()) {
            String type = record.getKey();
            String fields = rows.get(type);
            if (fields == null) {
                problems.add(type + ": no row in docs/events");
                continue;
            }
            Set<String> components = Arrays.stream(record.getValue().getRecordComponents())
                    .map(RecordComponent::getName)
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
            Set<String> ticked = ticked(fields);
            for (String component : components) {
                boolean common = CASE_EVENT_FIELDS.contains(component) && isCaseEvent(record.getValue());
                if (!ticked.contains(component) && !common) {
                    problems.add(type + ": field `" + component + "` is sent but not documented");
                }
            }
            for (String documented : topLevelNames(fields)) {
                if (documented.contains(".")) {
                    continue;
                }
                if (!components.contains(documented)) {
                    problems.add(type + ": documents `" + documented + "`, which the record does not send");
                }
            }
        }
        for (String type : rows.keySet()) {
            if (!records.containsKey(type)) {
                problems.add(type + ": documented, but no record has this type");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aTopLevelNameIsTheFirstTickedWordOfEachCommaSeparatedPartOutsideParentheses() {
        assertThat(topLevelNames("`a` (`X`, `Y`), `bField` (see `other`), `c`")).containsExactly("a", "bField", "c");
    }

    /**
     * Type → the fields cell, from the rows of every catalog's event tables (a table whose header starts
     * with {@code | type}). A row names its type in full ({@code onewindow.supervision.AlertRaised.v1}) or
     * by its name, the service and version coming from the catalog ({@code Booked}; {@code
     * ApplicationApproved (**v2**)}); the fields are the third cell.
     */
    private static Map<String, String> catalogRows() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        for (String service : SERVICES) {
            boolean inTypeTable = false;
            for (String line : Files.readAllLines(CATALOG.resolve(service + ".md"))) {
                if (!line.startsWith("|")) {
                    inTypeTable = false;
                    continue;
                }
                if (line.startsWith("| type")) {
                    inTypeTable = true;
                    continue;
                }
                if (!inTypeTable || line.startsWith("| ---")) {
                    continue;
                }
                String[] cells = line.substring(1).split(" \\| ");
                String type = typeOf(service, cells[0].strip());
                if (type != null && cells.length > 2) {
                    rows.put(type, cells[2]);
                }
            }
        }
        return rows;
    }

    private static String typeOf(String service, String cell) {
        Matcher full = FULL_TYPE.matcher(cell);
        if (full.matches()) {
            return full.group(1);
        }
        Matcher shortName = SHORT_TYPE.matcher(cell);
        if (shortName.matches()) {
            String version = shortName.group(2) == null ? "1" : shortName.group(2);
            return "onewindow." + service + "." + shortName.group(1) + ".v" + version;
        }
        return null;
    }

    /** Type → record, for every record under the events packages carrying {@link EventType}. */
    private static Map<String, Class<?>> eventRecords() throws IOException, ClassNotFoundException {
        Map<String, Class<?>> records = new TreeMap<>();
        for (String service : SERVICES) {
            try (Stream<Path> files = Files.list(SOURCES.resolve(service))) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".java") || name.equals("package-info.java")) {
                        continue;
                    }
                    Class<?> type = Class.forName("io.onewindow.platform.events." + service + "."
                            + name.substring(0, name.length() - ".java".length()));
                    EventType annotation = type.getAnnotation(EventType.class);
                    if (type.isRecord() && annotation != null) {
                        records.put(annotation.value(), type);
                    }
                }
            }
        }
        return records;
    }

    /** The approval catalog states these once for every case event ("common fields"). */
    private static final Set<String> CASE_EVENT_FIELDS = Set.of("caseId", "caseNumber", "matterCode", "department");

    private static boolean isCaseEvent(Class<?> type) {
        return Arrays.stream(type.getInterfaces())
                .anyMatch(i -> i.getSimpleName().equals("CaseEvent"));
    }

    private static Set<String> ticked(String cell) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = TICKED.matcher(cell);
        while (m.find()) {
            names.add(m.group(1));
            // `steps[{code,name}]`, `linkedParts[]`: the field is the name before the brackets
            names.add(m.group(1).split("[\\[{(]", 2)[0]);
        }
        return names;
    }

    /** The first ticked word of each part of the cell split at commas outside parentheses. */
    static List<String> topLevelNames(String cell) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        boolean inTicks = false;
        StringBuilder part = new StringBuilder();
        for (char c : (cell + ",").toCharArray()) {
            if (c == '`') {
                inTicks = !inTicks;
            } else if (!inTicks && (c == '(' || c == '[')) {
                depth++;
            } else if (!inTicks && (c == ')' || c == ']')) {
                depth = Math.max(0, depth - 1);
            } else if (!inTicks && depth == 0 && c == ',') {
                Matcher m = TICKED.matcher(part);
                if (m.find()
                        && part.toString().strip().startsWith("`")
                        && FIELD_NAME.matcher(m.group(1)).matches()) {
                    names.add(m.group(1));
                }
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        return names;
    }
}
