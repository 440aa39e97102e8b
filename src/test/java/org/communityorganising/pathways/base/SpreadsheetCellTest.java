package org.communityorganising.pathways.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCellTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasBecomeText() {
        assertThat(SpreadsheetCell.text("=HYPERLINK(\"http://evil.example\",\"x\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        for (String formula : List.of("+1", "-1+2", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SpreadsheetCell.text(formula)).as(formula).startsWith("'");
        }
    }

    @Test
    void ordinaryTextAndNumbersAreLeftAlone() {
        assertThat(SpreadsheetCell.text("Sam Patel")).isEqualTo("Sam Patel");
        assertThat(SpreadsheetCell.text("")).isEmpty();
        assertThat(SpreadsheetCell.row(List.of("=1", 42, "a"))).containsExactly("'=1", 42, "a");
    }
}
