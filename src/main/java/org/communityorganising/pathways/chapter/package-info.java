@NullMarked
package org.communityorganising.pathways.chapter;

import org.jspecify.annotations.NullMarked;
