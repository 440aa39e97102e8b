package org.communityorganising.pathways.base;

import java.io.Serial;

/**
 * Input a service refuses, with the i18n key of a sentence the person can act on. Views show
 * {@code getTranslation(key, arguments)}; forms check the same rules first, services check again.
 */
public class InvalidInputException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
