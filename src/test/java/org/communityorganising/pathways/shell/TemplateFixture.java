package org.communityorganising.pathways.shell;

import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.textfield.TextField;

/** A template as TemplateComponentsTest must catch: the text field declared, the picker not. */
@Uses(TextField.class)
final class TemplateFixture {

    static final String TEMPLATE = "<vaadin-text-field></vaadin-text-field><vaadin-date-picker></vaadin-date-picker>";

    private TemplateFixture() {}
}
