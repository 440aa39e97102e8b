package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@IntegrationTest
class RequestLogContextTest {

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyLineOfARequestNamesTheClientAndTheAccountIdButNeverThePerson() throws Exception {
        var user = signIn.as(DemoLogins.TRAINER);
        var request = new MockHttpServletRequest("GET", "/");
        request.setRemoteAddr("203.0.113.7");
        Map<String, String> during = new HashMap<>();
        new RequestLogContext()
                .doFilter(
                        request, new MockHttpServletResponse(), (req, res) -> during.putAll(MDC.getCopyOfContextMap()));

        assertThat(during)
                .containsEntry(RequestLogContext.CLIENT, "203.0.113.7")
                .containsEntry(RequestLogContext.ACCOUNT, Long.toString(user.personId()));
        assertThat(during.values())
                .noneMatch(value -> value.contains(DemoLogins.TRAINER) || value.contains(user.getUsername()));
        assertThat(MDC.get(RequestLogContext.CLIENT))
                .as("cleared after the request")
                .isNull();
        assertThat(MDC.get(RequestLogContext.ACCOUNT)).isNull();
    }
}
