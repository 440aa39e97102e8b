package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A labelled value in a row of facts ("Your tier: Participant"); put several in a {@code .facts} container. */
public final class Fact extends Composite<Div> {

    public Fact(String label, String value) {
        var term = new Span(label);
        term.addClassName("fact-label");
        var definition = new Span(value);
        definition.addClassName("fact-value");
        getContent().add(term, definition);
        getContent().addClassName("fact");
    }
}
