/**
 * The register and attendance screens. Its public types (the attendance summary of "my" courses)
 * are the attendance module's named interface "ui", shown on the home and on "my path".
 */
@NullMarked
@NamedInterface("ui")
package org.communityorganising.pathways.attendance.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
