package org.openris.pwa;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /sw.js} (static, the same for everyone) is revalidated on every check, so a new version
 * reaches the devices at once; it lies at the root, so its scope {@code /} needs no
 * {@code Service-Worker-Allowed} header. The page script {@code /js/ris.js} likewise.
 */
@Configuration(proxyBeanMethods = false)
class ServiceWorkerResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/sw.js").addResourceLocations("classpath:/static/").setCacheControl(CacheControl.noCache());
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").setCacheControl(CacheControl.noCache());
    }
}
