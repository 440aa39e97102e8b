/**
 * Small UI building blocks every feature may use (form dialog, notifications, toolbar, facts,
 * localised Vaadin texts, bounded uploads): the base module's named interface "ui".
 */
@NullMarked
@NamedInterface("ui")
package org.communityorganising.pathways.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
