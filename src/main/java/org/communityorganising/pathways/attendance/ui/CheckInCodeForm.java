package org.communityorganising.pathways.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.communityorganising.pathways.base.InvalidInputException;

/**
 * The door code a trainee types to check in, with its button; what the service refuses is said on
 * the field. A class of its own because the session page's chunk, which holds the text field, loads
 * when one of the classes named on the page is first shown (decision 0030).
 */
final class CheckInCodeForm extends Div {

    /** {@code checkIn} is given the code as typed; it may refuse it with an InvalidInputException. */
    CheckInCodeForm(Consumer<String> checkIn) {
        var code = new TextField(getTranslation("checkin.code"));
        code.setAllowedCharPattern("\\d");
        code.setMaxLength(6);
        code.setPattern("\\d{6}");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setId("check-in-input");
        var button = new Button(getTranslation("checkin.button"), event -> {
            try {
                checkIn.accept(code.getValue());
            } catch (InvalidInputException refused) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("check-in-button");
        add(code, button);
        addClassName("session-actions");
    }
}
