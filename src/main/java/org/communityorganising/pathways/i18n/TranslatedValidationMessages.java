package org.communityorganising.pathways.i18n;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Bean Validation messages such as {@code {form.error.too-long}} come from the same English and
 * Welsh bundles as the rest of the UI (named in {@code META-INF/validation.xml}), with the
 * constraint's attributes ({@code {max}}) filled in.
 */
public class TranslatedValidationMessages extends ResourceBundleMessageInterpolator {

    public TranslatedValidationMessages() {
        super(new PlatformResourceBundleLocator("vaadin-i18n/translations"));
    }
}
