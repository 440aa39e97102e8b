package org.communityorganising.pathways.attendance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** What the cards' calls accept from the browser: a hostile client can send anything. */
class RegisterListTest {

    private static final JsonNodeFactory json = JsonNodeFactory.instance;

    @Test
    void aTapCountsOnlyWhenItNamesOneOfTheFourStatusesExactly() {
        assertThat(RegisterList.statusIn(json.stringNode("LATE"))).contains(AttendanceStatus.LATE);
        assertThat(RegisterList.statusIn(json.stringNode("late"))).isEmpty();
        assertThat(RegisterList.statusIn(json.stringNode("PRESENT' OR 1=1"))).isEmpty();
        assertThat(RegisterList.statusIn(json.numberNode(1))).isEmpty();
        assertThat(RegisterList.statusIn(json.nullNode())).isEmpty();
        assertThat(RegisterList.statusIn(json.arrayNode().add("LATE"))).isEmpty();
        assertThat(RegisterList.statusIn(null)).isEmpty();
    }

    @Test
    void aRemarkIsTakenAsTextAndAnythingElseAsNoRemark() {
        assertThat(RegisterList.textIn(json.stringNode("=HYPERLINK(\"x\")"))).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(RegisterList.textIn(json.numberNode(42))).isEmpty();
        assertThat(RegisterList.textIn(json.arrayNode())).isEmpty();
        assertThat(RegisterList.textIn(null)).isEmpty();
    }

    @Test
    void aCardsVersionIsAWholeNumberOrTheCallIsIgnored() {
        assertThat(RegisterList.versionIn(json.numberNode(-1))).contains(-1L);
        assertThat(RegisterList.versionIn(json.numberNode(7L))).contains(7L);
        assertThat(RegisterList.versionIn(json.numberNode(1.5))).isEmpty();
        assertThat(RegisterList.versionIn(json.stringNode("3"))).isEmpty();
        assertThat(RegisterList.versionIn(json.numberNode(new java.math.BigInteger("99999999999999999999"))))
                .isEmpty();
        assertThat(RegisterList.versionIn(json.nullNode())).isEmpty();
        assertThat(RegisterList.versionIn(null)).isEmpty();
    }
}
