@NullMarked
package org.communityorganising.pathways;

import org.jspecify.annotations.NullMarked;
