package io.onewindow.platform.concurrency;

import io.onewindow.platform.web.WebAutoConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** {@code ETag} / {@code If-Match} for every servlet service: tags, the argument, the documentation. */
@AutoConfiguration(after = WebAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(JsonMapper.class)
public class ConcurrencyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EntityTags entityTags(JsonMapper json) {
        return new EntityTags(json);
    }

    @Bean
    WebMvcConfigurer ifMatchArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new IfMatchArgumentResolver());
            }
        };
    }

    /** Only where springdoc is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({OpenAPI.class, OperationCustomizer.class})
    static class ApiDocs {

        static {
            // IfMatch is a header, documented by ConditionalRequestApiDocs, not a query object
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(IfMatch.class);
        }

        @Bean
        ConditionalRequestApiDocs conditionalRequestApiDocs() {
            return new ConditionalRequestApiDocs();
        }
    }
}
