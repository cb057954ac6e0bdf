package io.onewindow.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The environment variables an application reads, found in its sources at test time (so a
 * setting another engineer adds is known the moment it is written):
 * <ul>
 *   <li>placeholders {@code ${NAME:default}} in its application.yml/properties and in the Java
 *       sources ({@code @Value}) of the application and of the OneWindow modules it depends on;
 *   <li>the properties of its {@code @ConfigurationProperties} types and
 *       {@code @ConditionalOnProperty} switches, by relaxed binding;
 *   <li>Spring Boot's own properties (its configuration metadata), the Kafka and MongoDB ones
 *       only for an application that has those starters.
 * </ul>
 * Whether a variable name binds to a property is decided by Spring Boot's own environment
 * mapping, not by a copy of its rules.
 */
final class ApplicationSettings {

    /** Read by the JVM itself, not by Spring. */
    static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:\\s]+)");
    private static final Pattern CONFIGURATION_PROPERTIES =
            Pattern.compile("@ConfigurationProperties\\s*\\(\\s*(?:(?:prefix|value)\\s*=\\s*)?\"([^\"]+)\"\\s*\\)");
    // Any @ConfigurationProperties with arguments: each must match CONFIGURATION_PROPERTIES, or the
    // variables of its settings would silently count as unread (a constant as prefix hides them).
    private static final Pattern ANY_CONFIGURATION_PROPERTIES = Pattern.compile("@ConfigurationProperties\\s*\\(");
    private static final Pattern CONDITIONAL_ON_PROPERTY = Pattern.compile("@ConditionalOnProperty\\s*\\(([^)]*)\\)");
    private static final Pattern ATTRIBUTE = Pattern.compile("(prefix|name|value)\\s*=\\s*(\\{[^}]*}|\"[^\"]*\")");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Map<String, ApplicationSettings> CACHE = new ConcurrentHashMap<>();

    /** A property the application binds: its canonical name; a map binds any name below it. */
    record Property(String name, boolean map) {}

    private final String application;
    private final Set<String> exactNames = new LinkedHashSet<>();
    private final List<Property> properties = new ArrayList<>();
    private final Set<String> artifacts = new LinkedHashSet<>();

    private ApplicationSettings(String application) {
        this.application = application;
    }

    static ApplicationSettings of(String application) {
        return CACHE.computeIfAbsent(application, ApplicationSettings::read);
    }

    List<Property> properties() {
        return properties;
    }

    Set<String> placeholders() {
        return exactNames;
    }

    /** Null when the application reads the variable; otherwise why not. */
    String whyNotRead(String variable) {
        if (exactNames.contains(variable) || JVM_VARIABLES.contains(variable)) {
            return null;
        }
        ConfigurationPropertySource environment = environmentWith(variable);
        for (Property property : properties) {
            if (binds(environment, property.name(), property.map())) {
                return null;
            }
        }
        String removed = null;
        for (BootMetadata.Property property : BootMetadata.get().properties()) {
            if (!binds(environment, property.name(), property.map())) {
                continue;
            }
            if (property.removed()) {
                removed = variable + " sets " + property.name() + ", which Spring Boot no longer reads"
                        + (property.replacement() == null ? "" : " (now " + property.replacement() + ")");
                continue;
            }
            String missing = missingStarter(property.name());
            if (missing == null) {
                return null;
            }
            return variable + " sets " + property.name() + ", but " + application + " has no " + missing;
        }
        return removed != null ? removed : variable + " is not read by " + application;
    }

    private String missingStarter(String property) {
        if (property.startsWith("spring.kafka.")) {
            return artifacts.stream().anyMatch(a -> a.contains("kafka")) ? null : "Kafka starter";
        }
        if (property.startsWith("spring.mongodb.") || property.startsWith("spring.data.mongodb.")) {
            return artifacts.stream().anyMatch(a -> a.contains("mongodb")) ? null : "MongoDB starter";
        }
        return null;
    }

    private static ConfigurationPropertySource environmentWith(String variable) {
        SystemEnvironmentPropertySource source = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "x"));
        return ConfigurationPropertySources.from(source).iterator().next();
    }

    private static boolean binds(ConfigurationPropertySource environment, String name, boolean map) {
        if (!ConfigurationPropertyName.isValid(name)) {
            return false;
        }
        ConfigurationPropertyName propertyName = ConfigurationPropertyName.of(name);
        ConfigurationProperty property = environment.getConfigurationProperty(propertyName);
        if (property != null) {
            return true;
        }
        return map && environment.containsDescendantOf(propertyName) == ConfigurationPropertyState.PRESENT;
    }

    // --- reading the sources ---------------------------------------------------------------

    private static ApplicationSettings read(String application) {
        ApplicationSettings settings = new ApplicationSettings(application);
        Map<String, Path> modules = moduleDirectories();
        Set<String> visited = new LinkedHashSet<>();
        settings.readModule(application, modules, visited, true);
        return settings;
    }

    private void readModule(String artifactId, Map<String, Path> modules, Set<String> visited, boolean application) {
        if (!visited.add(artifactId)) {
            return;
        }
        Path module = modules.get(artifactId);
        if (module == null) {
            throw new IllegalStateException("module " + artifactId + " not found in the repository");
        }
        String pom = Repository.read(module.resolve("pom.xml"));
        Matcher dependencies = DEPENDENCY.matcher(pom.substring(Math.max(0, pom.indexOf("<dependencies>"))));
        while (dependencies.find()) {
            String dependency = dependencies.group(1);
            String scope = tag(dependency, "scope");
            if ("test".equals(scope) || "provided".equals(scope)) {
                continue;
            }
            String dependencyArtifact = tag(dependency, "artifactId");
            artifacts.add(dependencyArtifact);
            if ("io.onewindow".equals(tag(dependency, "groupId"))) {
                readModule(dependencyArtifact, modules, visited, false);
            }
        }
        Path resources = module.resolve("src/main/resources");
        if (application && Files.isDirectory(resources)) {
            for (Path file : list(resources, 1)) {
                String name = file.getFileName().toString();
                if (name.startsWith("application") && name.matches(".*\\.(ya?ml|properties)")) {
                    addPlaceholders(Repository.read(file));
                }
            }
        }
        Path sources = module.resolve("src/main/java");
        if (Files.isDirectory(sources)) {
            for (Path file : list(sources, Integer.MAX_VALUE)) {
                if (file.toString().endsWith(".java")) {
                    readJava(Repository.read(file));
                }
            }
        }
    }

    private void addPlaceholders(String text) {
        Matcher placeholders = PLACEHOLDER.matcher(text);
        while (placeholders.find()) {
            String name = placeholders.group(1);
            exactNames.add(name);
            if (ConfigurationPropertyName.isValid(name)) {
                properties.add(new Property(name, false));
            }
        }
    }

    private void readJava(String source) {
        addPlaceholders(source);
        Matcher conditions = CONDITIONAL_ON_PROPERTY.matcher(source);
        while (conditions.find()) {
            String prefix = "";
            List<String> names = new ArrayList<>();
            Matcher attributes = ATTRIBUTE.matcher(conditions.group(1));
            boolean named = false;
            while (attributes.find()) {
                named = true;
                List<String> values = quoted(attributes.group(2));
                if ("prefix".equals(attributes.group(1))) {
                    prefix = values.isEmpty() ? "" : values.get(0);
                } else {
                    names.addAll(values);
                }
            }
            if (!named) {
                names.addAll(quoted(conditions.group(1)));
            }
            for (String name : names) {
                properties.add(new Property(prefix.isEmpty() ? name : prefix + "." + name, false));
            }
        }
        long declared = ANY_CONFIGURATION_PROPERTIES.matcher(source).results().count();
        long readable = CONFIGURATION_PROPERTIES.matcher(source).results().count();
        if (declared != readable) {
            throw new IllegalStateException("write the prefix of every @ConfigurationProperties as a string literal,"
                    + " so the deploy checks see which variables bind to it: "
                    + source.lines()
                            .filter(line ->
                                    ANY_CONFIGURATION_PROPERTIES.matcher(line).find())
                            .toList());
        }
        Matcher annotations = CONFIGURATION_PROPERTIES.matcher(source);
        while (annotations.find()) {
            String prefix = annotations.group(1);
            String declaration = source.substring(annotations.end());
            Matcher type = Pattern.compile("^\\s*(?:public\\s+|final\\s+|static\\s+)*(record|class)\\s+(\\w+)")
                    .matcher(declaration);
            if (type.find()) {
                addMembers(source, type.group(2), type.group(1), prefix, 0);
            }
        }
    }

    /** The bindable members of a record or class declared in this source file, recursively for nested types. */
    private void addMembers(String source, String typeName, String kind, String prefix, int depth) {
        if (depth > 5) {
            return;
        }
        for (String[] member : members(source, typeName, kind)) {
            String type = member[0];
            String name = prefix + "." + kebab(member[1]);
            String base = type.replaceAll("<.*", "").trim();
            if (base.equals("Map") || base.endsWith(".Map")) {
                properties.add(new Property(name, true));
            } else if (declaresType(source, base)) {
                addMembers(source, base, declaredKind(source, base), name, depth + 1);
            } else {
                // Lists and arrays bind a comma-separated value, or indexed names below.
                properties.add(new Property(name, base.equals("List") || base.equals("Set") || type.endsWith("[]")));
            }
        }
    }

    private static List<String[]> members(String source, String typeName, String kind) {
        List<String[]> members = new ArrayList<>();
        if ("record".equals(kind)) {
            Matcher header =
                    Pattern.compile("record\\s+" + typeName + "\\s*\\(").matcher(source);
            if (!header.find()) {
                return members;
            }
            String components = balanced(source, header.end() - 1);
            for (String component : splitTopLevel(components)) {
                String cleaned = stripAnnotations(component).trim();
                if (cleaned.isEmpty()) {
                    continue;
                }
                int space = cleaned.lastIndexOf(' ');
                members.add(new String[] {
                    cleaned.substring(0, space).trim(),
                    cleaned.substring(space + 1).trim()
                });
            }
        } else {
            Matcher header =
                    Pattern.compile("class\\s+" + typeName + "\\b[^{]*\\{").matcher(source);
            if (!header.find()) {
                return members;
            }
            String body = balanced(source, header.end() - 1);
            Matcher fields = Pattern.compile(
                            "(?m)^\\s*private\\s+(?!static)(?:final\\s+)?([\\w.<>, ?\\[\\]]+?)\\s+(\\w+)\\s*(?:=[^;]*)?;")
                    .matcher(body);
            while (fields.find()) {
                members.add(new String[] {fields.group(1).trim(), fields.group(2)});
            }
        }
        return members;
    }

    private static boolean declaresType(String source, String name) {
        return declaredKind(source, name) != null;
    }

    private static String declaredKind(String source, String name) {
        Matcher matcher = Pattern.compile("\\b(record|class)\\s+" + Pattern.quote(name) + "\\b")
                .matcher(source);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The text between the bracket at {@code open} and its partner, skipping literals and comments. */
    private static String balanced(String text, int open) {
        char opening = text.charAt(open);
        char closing = opening == '(' ? ')' : '}';
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            int skipped = skipLiteralOrComment(text, i);
            if (skipped != i) {
                i = skipped - 1;
                continue;
            }
            char c = text.charAt(i);
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return text.substring(open + 1, i);
            }
        }
        throw new IllegalArgumentException("unbalanced " + opening);
    }

    /** If a string, text block, char literal or comment starts at {@code i}, the index after it; else {@code i}. */
    private static int skipLiteralOrComment(String text, int i) {
        if (text.startsWith("//", i)) {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end + 1;
        }
        if (text.startsWith("/*", i)) {
            int end = text.indexOf("*/", i + 2);
            return end < 0 ? text.length() : end + 2;
        }
        if (text.startsWith("\"\"\"", i)) {
            int end = text.indexOf("\"\"\"", i + 3);
            return end < 0 ? text.length() : end + 3;
        }
        char c = text.charAt(i);
        if (c != '"' && c != '\'') {
            return i;
        }
        for (int j = i + 1; j < text.length(); j++) {
            char d = text.charAt(j);
            if (d == '\\') {
                j++;
            } else if (d == c) {
                return j + 1;
            } else if (d == '\n') {
                return j;
            }
        }
        return text.length();
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            int skipped = skipLiteralOrComment(text, i);
            if (skipped != i) {
                i = skipped - 1;
                continue;
            }
            char c = text.charAt(i);
            if (c == '<' || c == '(' || c == '{') {
                depth++;
            } else if (c == '>' || c == ')' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String stripAnnotations(String component) {
        StringBuilder result = new StringBuilder();
        int i = 0;
        String text = component;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("//", i) || text.startsWith("/*", i)) {
                i = skipLiteralOrComment(text, i);
            } else if (c == '@') {
                int j = i + 1;
                while (j < text.length() && (Character.isJavaIdentifierPart(text.charAt(j)) || text.charAt(j) == '.')) {
                    j++;
                }
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == '(') {
                    j += balanced(text, j).length() + 2;
                }
                i = j;
            } else {
                result.append(c);
                i++;
            }
        }
        return result.toString().replaceAll("\\s+", " ");
    }

    private static List<String> quoted(String text) {
        List<String> values = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String tag(String xml, String tag) {
        Matcher matcher =
                Pattern.compile("<" + tag + ">\\s*([^<]+?)\\s*</" + tag + ">").matcher(xml);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** Every Maven module of the repository (the reactor, followed from the root pom) by artifactId. */
    private static Map<String, Path> moduleDirectories() {
        Map<String, Path> modules = new LinkedHashMap<>();
        addModules(Repository.root(), modules);
        return modules;
    }

    private static void addModules(Path directory, Map<String, Path> modules) {
        Path pom = directory.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return;
        }
        String text = Repository.read(pom);
        int afterParent = text.indexOf("</parent>");
        String artifactId = tag(text.substring(afterParent < 0 ? 0 : afterParent), "artifactId");
        if (artifactId != null) {
            modules.put(artifactId, directory);
        }
        Matcher children = Pattern.compile("<module>([^<]+)</module>").matcher(text);
        while (children.find()) {
            addModules(directory.resolve(children.group(1).trim()).normalize(), modules);
        }
    }

    private static List<Path> list(Path directory, int depth) {
        try (Stream<Path> files = Files.walk(directory, depth)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/node_modules/")
                            && !p.toString().contains("/.git/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
