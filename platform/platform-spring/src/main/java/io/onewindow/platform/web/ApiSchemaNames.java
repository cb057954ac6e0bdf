package io.onewindow.platform.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the schemas of OneWindow's own classes so that two classes never share a name: a nested
 * record is named after the types holding it ({@code CaseRequests.Material} →
 * {@code CaseRequestsMaterial}), a top-level class keeps its simple name, an explicit
 * {@code @Schema(name)} wins. Two classes still landing on one name (two top-level
 * {@code Material}s in different packages) stop the document with an error instead of one
 * silently standing for the other, which made generated clients send the wrong fields.
 * It also remembers which class each name stands for ({@link #classOf}), so a test can hold a
 * schema against the record it describes.
 */
public class ApiSchemaNames implements ModelConverter, ApiSchemaClasses {

    private static final String OWN_PACKAGE = "io.onewindow.";

    /**
     * Name → class, for the whole JVM: springdoc keeps one converter list per JVM and, when a second
     * application context starts (the ITs run several), replaces the first context's converter by the
     * second's, so a document the first context builds later goes through the second's converter. A
     * registry per instance would then miss names; one name standing for two classes is refused
     * whichever context saw it first.
     */
    private static final Map<String, Class<?>> CLASSES = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType annotatedType, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> own = ownClass(annotatedType.getType());
        // Another converter of this kind (an earlier context's) may have named the type already.
        String named = annotatedType.getName();
        if (own != null && (named == null || named.equals(nameOf(own)))) {
            String name = nameOf(own);
            Class<?> earlier = CLASSES.putIfAbsent(name, own);
            if (earlier != null && earlier != own) {
                throw new IllegalStateException("OpenAPI schema name " + name + " would stand for both "
                        + earlier.getName() + " and " + own.getName()
                        + "; give one of them @Schema(name = ...)");
            }
            if (named == null && own.isMemberClass() && !own.isEnum()) {
                annotatedType.setName(name);
            }
        }
        return chain.hasNext() ? chain.next().resolve(annotatedType, context, chain) : null;
    }

    @Override
    public Optional<Class<?>> classOf(String schemaName) {
        return Optional.ofNullable(CLASSES.get(schemaName));
    }

    /** {@code Outer.Inner} → {@code OuterInner}; an explicit {@code @Schema(name)} wins. */
    static String nameOf(Class<?> type) {
        io.swagger.v3.oas.annotations.media.Schema explicit =
                type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        if (explicit != null && !explicit.name().isBlank()) {
            return explicit.name();
        }
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName());
        }
        return name.toString();
    }

    /** A plain (not generic, not array) class of OneWindow's own, else null. */
    private static Class<?> ownClass(Type type) {
        Class<?> raw = null;
        if (type instanceof Class<?> c) {
            raw = c;
        } else if (type instanceof JavaType javaType && !javaType.hasGenericTypes() && !javaType.isContainerType()) {
            raw = javaType.getRawClass();
        }
        if (raw == null || raw.isArray() || raw.getTypeParameters().length > 0 || raw.isEnum()) {
            return null;
        }
        return raw.getName().startsWith(OWN_PACKAGE) ? raw : null;
    }
}
