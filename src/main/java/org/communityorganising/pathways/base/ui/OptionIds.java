package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Binds a choice of options to the ids a form record holds: the field shows the option, the record
 * keeps its id. Options are looked up among the field's current items, so a list that reloads (the
 * institutions of the chosen chapter) still finds its value.
 */
public final class OptionIds {

    private OptionIds() {}

    public static <T> Converter<@Nullable T, @Nullable Long> of(ComboBox<T> field, ToLongFunction<T> id) {
        return new Converter<>() {
            @Override
            public Result<@Nullable Long> convertToModel(@Nullable T option, ValueContext context) {
                return Result.ok(option == null ? null : id.applyAsLong(option));
            }

            @Override
            public @Nullable T convertToPresentation(@Nullable Long value, ValueContext context) {
                return value == null
                        ? null
                        : field.getListDataView()
                                .getItems()
                                .filter(option -> id.applyAsLong(option) == value)
                                .findFirst()
                                .orElse(null);
            }
        };
    }

    public static <T> Converter<Set<T>, Set<Long>> ofAll(MultiSelectComboBox<T> field, ToLongFunction<T> id) {
        return new Converter<>() {
            @Override
            public Result<Set<Long>> convertToModel(Set<T> options, ValueContext context) {
                return Result.ok(options.stream().map(id::applyAsLong).collect(Collectors.toSet()));
            }

            @Override
            public Set<T> convertToPresentation(@Nullable Set<Long> ids, ValueContext context) {
                return field.getListDataView()
                        .getItems()
                        .filter(option -> ids != null && ids.contains(id.applyAsLong(option)))
                        .collect(Collectors.toSet());
            }
        };
    }
}
