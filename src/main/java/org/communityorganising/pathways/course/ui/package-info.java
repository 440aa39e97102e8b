@NullMarked
package org.communityorganising.pathways.course.ui;

import org.jspecify.annotations.NullMarked;
