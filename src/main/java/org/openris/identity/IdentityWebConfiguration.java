package org.openris.identity;

import java.util.List;
import org.openris.shared.Viewer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Controllers declare a {@link Viewer} or {@link SignedInUser} parameter and get the one of the
 * current request: the signed-in user's viewer after a completed login, the anonymous viewer
 * otherwise. A {@code SignedInUser} parameter is only resolved on pages that require a login.
 */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Viewer.class || parameter.getParameterType() == SignedInUser.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                          WebDataBinderFactory binders) {
                if (parameter.getParameterType() == Viewer.class) {
                    return SignedInUsers.current().map(SignedInUser::viewer).orElse(Viewer.anonymous());
                }
                return SignedInUsers.current().orElseThrow(() -> new IllegalStateException(
                        "a SignedInUser parameter on a page that does not require a login"));
            }
        });
    }
}
