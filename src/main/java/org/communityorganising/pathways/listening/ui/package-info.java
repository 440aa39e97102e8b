@NullMarked
package org.communityorganising.pathways.listening.ui;

import org.jspecify.annotations.NullMarked;
