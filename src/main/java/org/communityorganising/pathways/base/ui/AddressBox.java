package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

/**
 * A long address to copy (a calendar feed's, say), shown whole and read-only, with its label and
 * help. The browser's own text area, not Vaadin's: Vaadin's measures its height while the page is
 * drawn, which was about a third of the home's first drawing on a phone (docs/performance.md); the
 * stylesheet sizes this one to its content.
 */
public final class AddressBox extends Composite<Div> {

    private final Element text = new Element("textarea");

    /** @param id the text area's id, which its label and help refer to */
    public AddressBox(String id, String label, String help) {
        text.setAttribute("id", id);
        text.setAttribute("readonly", true);
        text.setAttribute("rows", "3");
        text.setAttribute("spellcheck", "false");
        text.setAttribute("aria-describedby", id + "-help");
        text.getClassList().add("address-box-text");
        var caption = new NativeLabel(label);
        caption.setFor(id);
        caption.addClassName("address-box-label");
        var helper = new Paragraph(help);
        helper.setId(id + "-help");
        helper.addClassName("address-box-help");
        getContent().addClassName("address-box");
        getContent().add(caption);
        getContent().getElement().appendChild(text);
        getContent().add(helper);
    }

    /** Shows the address; as the text area's content, so it is in the page however it is drawn. */
    public void setValue(String address) {
        text.setText(address);
    }

    public String getValue() {
        return text.getText();
    }
}
