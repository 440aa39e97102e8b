@NullMarked
package org.communityorganising.pathways.progression.ui;

import org.jspecify.annotations.NullMarked;
