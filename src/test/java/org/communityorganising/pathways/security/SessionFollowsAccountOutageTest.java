package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MutableClock;
import org.communityorganising.pathways.support.TestData;
import org.communityorganising.pathways.support.UnreachableDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * While the database cannot be reached, the account check on every request cannot run: only a
 * session found current within the last minute goes on without it. The unreachable database is a
 * real PostgreSQL driver connecting to a port nobody listens on (connection refused, SQLSTATE 08001).
 */
@IntegrationTest
class SessionFollowsAccountOutageTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    TestData data;

    private SessionFollowsAccountFilter reachable;
    private SessionFollowsAccountFilter unreachable;

    @BeforeEach
    void filters() throws Exception {
        reachable = new SessionFollowsAccountFilter(jdbc, clock);
        unreachable = new SessionFollowsAccountFilter(JdbcClient.create(UnreachableDatabase.dataSource()), clock);
        long person = data.personId(DemoLogins.TRAINER);
        long version = jdbc.sql("select security_version from account where person_id = :id")
                .param("id", person)
                .query(Long.class)
                .single();
        var user = new PathwaysUser(
                person,
                DemoLogins.TRAINER,
                "Trainer",
                null,
                Set.of(AppRoles.TRAINER),
                "en",
                true,
                null,
                null,
                Instant.now(),
                version);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private MockHttpServletResponse request(
            SessionFollowsAccountFilter filter, MockHttpSession session, MockFilterChain chain) throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void aSessionCheckedMomentsAgoGoesOnWhileTheDatabaseIsUnreachableAndNoLonger() throws Exception {
        var session = new MockHttpSession();
        var checked = new MockFilterChain();
        request(reachable, session, checked);
        assertThat(checked.getRequest()).as("found current").isNotNull();

        var duringRestart = new MockFilterChain();
        var answer = request(unreachable, session, duringRestart);
        assertThat(duringRestart.getRequest())
                .as("goes on: the page answers the tap \"not saved\"")
                .isNotNull();
        assertThat(answer.getStatus()).isEqualTo(HttpServletResponse.SC_OK);

        clock.advance(Duration.ofMinutes(2));
        var later = new MockFilterChain();
        assertThat(request(unreachable, session, later).getStatus())
                .as("a minute after its last check, no longer")
                .isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        assertThat(later.getRequest()).isNull();
    }

    @Test
    void aSessionNeverFoundCurrentIsTurnedAwayWhileTheDatabaseIsUnreachable() throws Exception {
        var chain = new MockFilterChain();
        assertThat(request(unreachable, new MockHttpSession(), chain).getStatus())
                .isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        assertThat(chain.getRequest()).isNull();
    }
}
