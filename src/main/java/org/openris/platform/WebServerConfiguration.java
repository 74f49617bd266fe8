package org.openris.platform;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat's own error answers follow the application's (see {@link PlainErrorReportValve}). */
@Configuration(proxyBeanMethods = false)
class WebServerConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> plainTomcatErrors() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(PlainErrorReportValve.class.getName());
            }
        });
    }
}
