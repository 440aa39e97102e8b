@NullMarked
package org.communityorganising.pathways.chapter.ui;

import org.jspecify.annotations.NullMarked;
