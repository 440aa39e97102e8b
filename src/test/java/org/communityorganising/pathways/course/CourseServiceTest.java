package org.communityorganising.pathways.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CourseServiceTest {

    @Autowired
    CourseService courses;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aTrainerReadsTheFourDemoCoursesInBothLanguages() {
        signIn.as(DemoLogins.TRAINER);
        var list = courses.list(PageRequest.of(0, 10)).getContent();
        assertThat(list).hasSize(4);
        var clt = list.stream()
                .filter(course -> course.code().equals("CLT-2"))
                .findFirst()
                .orElseThrow();
        assertThat(clt.title(Locale.ENGLISH)).isEqualTo("Community Leadership Training (2-day)");
        assertThat(clt.title(Locale.of("cy"))).startsWith("Hyfforddiant Arweinyddiaeth Gymunedol");
        assertThat(clt.minAttendancePercent()).isEqualTo(80);
    }

    @Test
    void aTraineeCannotReadTheCourseAdministration() {
        signIn.as(DemoLogins.TRAINEE);
        assertThatThrownBy(() -> courses.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }
}
