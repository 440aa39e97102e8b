package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/**
 * A button of words, drawn as Lumo draws its buttons but as the browser's own {@code <button>}: on
 * the pages a phone opens first (the home, a register, My path), each of Vaadin's components is a web component
 * the phone must upgrade, style and draw before the page answers (decision 0031).
 */
public class TextButton extends NativeButton {

    public TextButton(String text, ComponentEventListener<ClickEvent<NativeButton>> listener) {
        super(text, listener);
        addClassName("text-button");
    }

    /** Its words after one of the app's icons. */
    public TextButton(String text, Icons icon, ComponentEventListener<ClickEvent<NativeButton>> listener) {
        super("", listener);
        addClassName("text-button");
        add(Icons.inline(icon.symbolId()), new Span(text));
    }

    /** A button that only shows its content (an icon and words); the caller adds it. */
    protected TextButton() {
        addClassName("text-button");
    }

    /** Filled, as Lumo's primary button: the one action a dialog offers. */
    public TextButton primary() {
        addClassName("text-button-primary");
        return this;
    }

    /** Smaller, beside a line of text. */
    public TextButton small() {
        addClassName("text-button-small");
        return this;
    }
}
