package org.communityorganising.pathways.base;

/**
 * Something that knows the language a person wants: "en" or "cy". The signed-in principal is one,
 * so the language module can read it without depending on the security module.
 */
public interface LanguagePreference {

    String language();
}
