package io.onewindow.platform.web.paging;

import io.onewindow.platform.web.ApiDocsAutoConfiguration;
import io.onewindow.platform.web.GatewayServerUrl;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one list convention in every service: {@link PageParams} as a controller parameter and its
 * documentation ({@link PageApiDocs}).
 */
@AutoConfiguration(after = ApiDocsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({Pageable.class, WebMvcConfigurer.class, OpenAPI.class})
public class PagingAutoConfiguration {

    @Bean
    WebMvcConfigurer pageParamsArgument(ObjectProvider<GatewayServerUrl> publicUrl) {
        PageParamsResolver resolver = new PageParamsResolver(publicUrl.getIfAvailable());
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(resolver);
            }
        };
    }

    /** Only where the service publishes an OpenAPI document. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({OpenAPI.class, SpringDocUtils.class})
    static class Documented {

        static {
            // page and size are documented by PageApiDocs, not as one object parameter
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageParams.class);
        }

        @Bean
        PageApiDocs pageApiDocs() {
            return new PageApiDocs();
        }
    }
}
