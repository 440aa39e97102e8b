@NullMarked
package org.communityorganising.pathways.progression;

import org.jspecify.annotations.NullMarked;
