package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Which chapter a chapter's page shows: the reader's own; a reader without one (an administrator)
 * chooses it, the first of the options chosen at first. Generic over the option type, so that
 * base depends on no feature.
 */
public final class ChapterChoice {

    private ChapterChoice() {}

    /**
     * Tells {@code chosen} the chapter to show now, and returns the field that changes it — then
     * telling {@code chosen} again and running {@code changed} — or null when the reader's own
     * chapter is the one (nothing to choose).
     */
    public static <T> @Nullable Select<T> of(
            @Nullable Long own,
            boolean administrator,
            Supplier<List<T>> options,
            Function<T, String> name,
            ToLongFunction<T> id,
            String label,
            String elementId,
            LongConsumer chosen,
            Runnable changed) {
        if (!administrator && own != null) {
            chosen.accept(own);
            return null;
        }
        var all = options.get();
        var select = new Select<T>();
        select.setLabel(label);
        select.setItems(all);
        select.setItemLabelGenerator(option -> option == null ? "" : name.apply(option));
        select.setId(elementId);
        if (!all.isEmpty()) {
            select.setValue(all.getFirst());
            chosen.accept(id.applyAsLong(all.getFirst()));
        }
        select.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                chosen.accept(id.applyAsLong(event.getValue()));
                changed.run();
            }
        });
        return select;
    }
}
