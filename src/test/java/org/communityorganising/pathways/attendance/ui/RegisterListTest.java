package org.communityorganising.pathways.attendance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** What the cards' functions accept from the browser: a hostile client can send anything. */
class RegisterListTest {

    private static ArrayNode args() {
        return JsonNodeFactory.instance.arrayNode();
    }

    @Test
    void aTapCountsOnlyWhenItNamesOneOfTheFourStatusesExactly() {
        assertThat(RegisterList.statusIn(args().add("LATE"))).contains(AttendanceStatus.LATE);
        assertThat(RegisterList.statusIn(args().add("late"))).isEmpty();
        assertThat(RegisterList.statusIn(args().add("PRESENT' OR 1=1"))).isEmpty();
        assertThat(RegisterList.statusIn(args().add(1))).isEmpty();
        assertThat(RegisterList.statusIn(args().addNull())).isEmpty();
        assertThat(RegisterList.statusIn(args())).isEmpty();
    }

    @Test
    void aRemarkIsTakenAsTextAndAnythingElseAsNoRemark() {
        assertThat(RegisterList.textIn(args().add("=HYPERLINK(\"x\")"))).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(RegisterList.textIn(args().add(42))).isEmpty();
        assertThat(RegisterList.textIn(args().add(args()))).isEmpty();
        assertThat(RegisterList.textIn(args())).isEmpty();
    }
}
