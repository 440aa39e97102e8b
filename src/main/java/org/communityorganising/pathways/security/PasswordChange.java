package org.communityorganising.pathways.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What "change my password" asks: the current password, and the new one twice. */
public record PasswordChange(
        @NotBlank(message = "{form.error.required}") String current,

        @NotBlank(message = "{form.error.required}")
        @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{password.error.length}")
        String fresh,

        @NotBlank(message = "{form.error.required}") String repeated) {}
