@NullMarked
package org.communityorganising.pathways.progression.routes.ui;

import org.jspecify.annotations.NullMarked;
