package io.onewindow.platform.test.problems;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that every problem a service can answer reads in both languages: each code in the
 * Chinese bundle ({@code problems.properties}) is in the English one and the other way round, each
 * has a title and a detail ({@code <code>.detail}) whose Chinese names no argument the English
 * does not, and each
 * code the main sources throw has them. The thrown codes are found by scanning the sources for the
 * first argument of a domain exception ({@code new ConflictException("slot-full", ...)}, a
 * constant such as {@code EXISTS}, {@code super("material.rate-exceeded", ...)}) or the code of an
 * {@code InvalidValueException.Violation}; codes made at run time (an enum's code) are passed in.
 * A new code without texts makes the check fail.
 */
public final class ProblemTexts {

    private static final Pattern THROWN = Pattern.compile(
            "(?:new\\s+(?!NotFoundException)[A-Z]\\w*(?:Exception|Exceeded)|super)\\s*\\(\\s*(\"[a-z0-9.-]+\"|[A-Z][A-Z0-9_]+)\\s*,");
    private static final Pattern VIOLATION = Pattern.compile(
            "new\\s+(?:InvalidValueException\\.)?Violation\\s*\\(\\s*[^,()]+,\\s*(\"[a-z0-9.-]+\"|[A-Z][A-Z0-9_]+)\\s*,");
    private static final Pattern NOT_FOUND = Pattern.compile("new\\s+NotFoundException\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern CONSTANT =
            Pattern.compile("static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]+)\\s*=\\s*\"([a-z0-9]+(?:[.-][a-z0-9]+)+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private final Properties chinese;
    private final Properties english;

    private ProblemTexts(Properties chinese, Properties english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The service's bundles on the classpath merged over the platform's. */
    public static ProblemTexts onClasspath() {
        Properties chinese = new Properties();
        load(chinese, "io/onewindow/platform/web/problems.properties");
        load(chinese, "problems.properties");
        Properties english = new Properties();
        load(english, "io/onewindow/platform/web/problems_en.properties");
        load(english, "problems_en.properties");
        return new ProblemTexts(chinese, english);
    }

    /** What is wrong with the bundles themselves; empty when they are complete and consistent. */
    public List<String> bundleGaps() {
        List<String> gaps = new ArrayList<>();
        for (String key : new TreeSet<>(chinese.stringPropertyNames())) {
            if (!english.containsKey(key)) {
                gaps.add(key + ": Chinese text without English");
            }
        }
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            if (!chinese.containsKey(key)) {
                gaps.add(key + ": English text without Chinese");
            }
        }
        for (String code : codes()) {
            String detail = code + ".detail";
            if (!chinese.containsKey(detail) || !english.containsKey(detail)) {
                gaps.add(code + ": no detail (" + detail + ")");
            }
        }
        for (String key : new TreeSet<>(chinese.stringPropertyNames())) {
            if (!key.endsWith(".detail") || !english.containsKey(key)) {
                continue;
            }
            // the Chinese may leave out an argument that is English prose (a not-found "id" such as
            // "of the caller"), never name one the English does not
            if (!placeholders(english.getProperty(key)).containsAll(placeholders(chinese.getProperty(key)))) {
                gaps.add(key + ": the Chinese names an argument the English does not");
            }
            for (Properties language : List.of(chinese, english)) {
                String text = language.getProperty(key);
                if (text.replace("''", "").contains("'")) {
                    gaps.add(key + ": a single apostrophe (write it twice): " + text);
                }
                try {
                    new MessageFormat(text);
                } catch (IllegalArgumentException malformed) {
                    gaps.add(key + ": not a MessageFormat pattern: " + text);
                }
            }
        }
        return gaps;
    }

    /**
     * The codes thrown in {@code sourceRoot} (and {@code runtimeCodes}) that lack a title or detail
     * in either language, and the not-found resources without a name in either language.
     */
    public List<String> thrownGaps(Path sourceRoot, Collection<String> runtimeCodes) {
        Set<String> thrown = new TreeSet<>(runtimeCodes);
        Set<String> resources = new TreeSet<>();
        Map<String, String> constants = new HashMap<>();
        List<String> sources = sources(sourceRoot);
        for (String source : sources) {
            Matcher constant = CONSTANT.matcher(source);
            while (constant.find()) {
                constants.put(constant.group(1), constant.group(2));
            }
        }
        for (String source : sources) {
            Matcher code = THROWN.matcher(source);
            while (code.find()) {
                add(code.group(1), constants, thrown);
            }
            Matcher violation = VIOLATION.matcher(source);
            while (violation.find()) {
                add(violation.group(1), constants, thrown);
            }
            Matcher notFound = NOT_FOUND.matcher(source);
            while (notFound.find()) {
                resources.add(notFound.group(1));
            }
        }
        thrown.remove("not-found");
        List<String> gaps = new ArrayList<>();
        for (String code : thrown) {
            for (String key : List.of(code, code + ".detail")) {
                if (!chinese.containsKey(key) || !english.containsKey(key)) {
                    gaps.add(code + ": thrown without " + key + " in both languages");
                }
            }
        }
        for (String resource : resources) {
            String key = "resource." + resource.replace(' ', '-');
            if (!chinese.containsKey(key) || !english.containsKey(key)) {
                gaps.add(resource + ": not-found without " + key + " in both languages");
            }
        }
        return gaps;
    }

    /** The problem codes of the bundles: every key but details, field messages, resources and statuses. */
    public Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        for (String key : chinese.stringPropertyNames()) {
            if (!key.endsWith(".detail")
                    && !key.startsWith("field.")
                    && !key.startsWith("resource.")
                    && !key.startsWith("status.")) {
                codes.add(key);
            }
        }
        return codes;
    }

    private static void add(String token, Map<String, String> constants, Set<String> thrown) {
        if (token.startsWith("\"")) {
            thrown.add(token.substring(1, token.length() - 1));
        } else if (constants.containsKey(token)) {
            thrown.add(constants.get(token));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<String> sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> {
                        try {
                            return Files.readString(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(Properties into, String resource) {
        try (InputStream in = ProblemTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
