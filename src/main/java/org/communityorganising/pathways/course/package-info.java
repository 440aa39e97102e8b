@NullMarked
package org.communityorganising.pathways.course;

import org.jspecify.annotations.NullMarked;
