@NullMarked
package org.communityorganising.pathways.home.ui;

import org.jspecify.annotations.NullMarked;
