@NullMarked
package org.communityorganising.pathways.base.ui;

import org.jspecify.annotations.NullMarked;
