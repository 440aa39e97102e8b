@NullMarked
package org.communityorganising.pathways.people.ui;

import org.jspecify.annotations.NullMarked;
