package io.onewindow.platform.web;

import java.util.Optional;

/** Which class each schema name of a service's OpenAPI document stands for (see {@link ApiSchemaNames}). */
public interface ApiSchemaClasses {

    /** The class a schema name of this document stands for, if it is one of OneWindow's. */
    Optional<Class<?>> classOf(String schemaName);
}
