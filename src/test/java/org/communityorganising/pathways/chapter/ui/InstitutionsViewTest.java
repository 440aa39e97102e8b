package org.communityorganising.pathways.chapter.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class InstitutionsViewTest {

    @Autowired
    BrowserlessUi ui;

    @AfterEach
    void close() {
        ui.close();
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows() {
        Grid<?> grid = _get(Grid.class);
        return IntStream.range(0, _size(grid))
                .mapToObj(row -> _getFormattedRow(grid, row))
                .toList();
    }

    @Test
    void aChapterLeadSeesTheirOwnChapterOnlyAndCannotPickAnother() {
        ui.openAs(DemoLogins.LEAD);
        UI.getCurrent().navigate(InstitutionsView.class);
        ComboBox<?> chapter = _get(ComboBox.class);
        assertThat(chapter.isReadOnly()).isTrue();
        assertThat(rows()).hasSize(8).allSatisfy(row -> assertThat(row).contains("TELCO"));
    }

    @Test
    void anAdministratorSearchesAcrossChaptersByName() {
        ui.openAs(DemoLogins.ADMIN);
        UI.getCurrent().navigate(InstitutionsView.class);
        assertThat(rows()).hasSize(33);
        _get(TextField.class).setValue("mosque");
        assertThat(rows())
                .extracting(row -> row.get(0))
                .containsExactlyInAnyOrder("Balsall Heath Mosque", "Bow Community Mosque");
        assertThat(rows()).extracting(row -> row.get(1)).containsOnly("Faith group");
    }
}
