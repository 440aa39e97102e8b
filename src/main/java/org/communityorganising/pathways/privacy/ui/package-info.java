@NullMarked
package org.communityorganising.pathways.privacy.ui;

import org.jspecify.annotations.NullMarked;
