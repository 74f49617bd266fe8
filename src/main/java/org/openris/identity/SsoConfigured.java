package org.openris.identity;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when an SSO issuer is configured ({@code RIS_OIDC_ISSUER_URI}); otherwise no SSO bean, route or button exists. */
class SsoConfigured implements Condition {

    static final String ISSUER_PROPERTY = "ris.oidc.issuer-uri";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty(ISSUER_PROPERTY));
    }
}
